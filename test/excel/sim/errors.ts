// Errors shaped like OfficeExtension.Error: a stable `code`, a localized-looking `message`,
// and `debugInfo.errorLocation`. The adapter must map `code`, never parse `message`.

const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    'The property \'{0}\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  UndoNotSupported: "The operation cannot be grouped into one undo record.",
  GeneralException: "There was an internal error while processing the request.",
};

export class SimExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, errorLocation?: string, detail?: string) {
    const message = (MESSAGES[code] ?? code).replace("{0}", detail ?? "");
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}
