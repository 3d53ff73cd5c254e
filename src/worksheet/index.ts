export * from './worksheet.schema.ts';
export { worksheetFacts, worksheetRisk, worksheetSession } from './render-worksheet.ts';
export { stripWorksheetFreeText } from './strip-worksheet-free-text.ts';
