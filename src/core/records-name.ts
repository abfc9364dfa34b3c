// The 收表记录 sheet's name (the same in both languages), apart from form-records.ts: the add-in's first
// scripts name it among the product's own sheets, and naming it must not load the collection code.
export const RECORDS_SHEET = "收表记录";
