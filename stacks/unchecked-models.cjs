// Stands in for `jsonschema` in the Lambda bundles (stacks/bundling.ts; ADR 0015). ElectroDB uses
// jsonschema for one thing: checking a model (an entity's definition) against its JSON Schema, when an
// entity is built and when a service sorts the values it is given into models and entities. The models
// are constants, checked wherever the code runs unbundled: every test run and local mode load the real
// jsonschema, and a model it refuses fails them all. In a function that check cost about 140 ms of
// every cold start. What is kept is the sorting: a value that is already an ElectroDB instance (an
// entity handed to a service) is not a model.
class Validator {
  addSchema() {}
  validate(value) {
    return { errors: value?._instance ? [{ property: "instance", message: "is not a model" }] : [] };
  }
}
// ElectroDB registers its formats on the prototype.
Validator.prototype.customFormats = {};
module.exports = { Validator };
