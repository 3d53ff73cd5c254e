export * from './worksheet.schema.ts';
export { worksheetFacts, worksheetRisk, worksheetSession } from './render-worksheet.ts';
