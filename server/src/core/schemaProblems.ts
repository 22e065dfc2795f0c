// Turns an ajv error into a readable message and the JSON pointer of the value
// it is about (the offending key itself for unknown keys), for file:line reports.
import type { ErrorObject } from 'ajv';

export function schemaProblem(e: ErrorObject): { pointer: string; message: string } {
  const where = e.instancePath || '(top level)';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return { pointer: `${e.instancePath}/${key}`, message: `${where}: unknown key "${key}"` };
    }
    case 'propertyNames':
      return {
        pointer: `${e.instancePath}/${(e.params as { propertyName: string }).propertyName}`,
        message: `${where}: unknown name "${(e.params as { propertyName: string }).propertyName}"`,
      };
    case 'enum':
      return { pointer: e.instancePath, message: `${where} ${e.message} (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` };
    default:
      return { pointer: e.instancePath, message: `${where} ${e.message}` };
  }
}
