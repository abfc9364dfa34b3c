// Types for tools.js (CommonJS, shared with the jest reporter).
export interface ToolInfo {
  label: string;
  install: string;
}
export type ToolName = "chromium" | "soffice" | "xmllint" | "pdftoppm";
export interface BrowserChoice {
  executablePath?: string;
  channel?: "chrome" | "msedge";
  label: string;
}
type Env = Record<string, string | undefined>;
export const TOOLS: Record<ToolName, ToolInfo>;
export const TAG: RegExp;
export function hiddenTools(env?: Env): ToolName[];
export function onPath(names: string[], env?: Env, platform?: string): string | null;
export function channelPaths(channel: "chrome" | "msedge", env?: Env, platform?: string): string[];
export function findBrowser(env?: Env, platform?: string): BrowserChoice | null;
export function findTool(name: ToolName, env?: Env, platform?: string): string | null;
export function strict(env?: Env): boolean;
export function missingMessage(missing: ToolName[]): string;
export type TestFn = jest.It & { missing?: ToolName[] };
export function needs(...names: ToolName[]): TestFn;
export function needs(base: jest.It, ...names: ToolName[]): TestFn;
