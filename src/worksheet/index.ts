export * from './worksheet.schema.ts';
