import { ValidateIf } from 'class-validator';

/**
 * A request field that may be left out. Unlike class-validator's IsOptional, null is still
 * validated (and so refused) unless the field says it takes null: "optional" in the OpenAPI
 * document means "may be omitted", and null never reaches a NOT NULL column by accident.
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
