// ajv-plan.js - the -c module `make bench` gives ajv-cli (its extension
// point: a module that receives the Ajv instance).
//  * adds ajv-formats, so that `format: date` is asserted as plan-validate
//    and the Python peer do;
//  * registers schemas/defs.schema.yaml under the name plan.schema.yaml's
//    $refs use ("defs.schema.yaml"), since neither file has an $id;
//  * makes ajv-cli's js-yaml 3 read data as YAML 1.2's core schema: its
//    default safe schema turns `adopted: 2025-07-31` into a Date object,
//    which no JSON Schema type describes (the Python peer and
//    tests/schema/agree.py keep timestamps as strings for the same reason).
"use strict";
const path = require("path");
const fs = require("fs");
const cli = path.dirname(require.resolve("ajv-cli/package.json"));
const yaml = require(require.resolve("js-yaml", {paths: [cli]}));
const safeLoad = yaml.safeLoad;
yaml.safeLoad = (s, o) => safeLoad(s, Object.assign({schema: yaml.CORE_SCHEMA}, o));
module.exports = (ajv) => {
  require("ajv-formats")(ajv);
  const dir = process.env.PLAN_SCHEMAS || path.join(__dirname, "..", "schemas");
  const defs = safeLoad(fs.readFileSync(path.join(dir, "defs.schema.yaml"), "utf8"));
  ajv.addSchema(defs, "defs.schema.yaml");
  return ajv;
};
