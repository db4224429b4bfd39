// The shipped JSON Schema, compiled once with formats (date-time) checked.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../schema/report.schema.json';

let compiled: ValidateFunction | undefined;

export function reportValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}
