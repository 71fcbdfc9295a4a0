"""yamljson.py - a YAML document as a JSON Schema tool sees it, shared by
the schema agreement test and the bench's peer.

YAML 1.1 timestamps stay strings: PyYAML would turn `adopted: 2025-08-29`
into a date object, which no JSON Schema type describes (an editor, on
YAML 1.2, reads a string too).  Mapping keys become strings, as JSON
object keys are.  Other YAML 1.1 typing (2.10 a float) is kept: it is
what generic tools do."""
import yaml

TIMESTAMP = "tag:yaml.org,2002:timestamp"


def loader(base):
    """A subclass of the PyYAML loader base without the timestamp type."""
    cls = type("NoTimestamp" + base.__name__, (base,), {})
    cls.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in rs if tag != TIMESTAMP]
        for ch, rs in base.yaml_implicit_resolvers.items()
    }
    return cls


def jsonish(x):
    """Keys as strings, as in JSON."""
    if isinstance(x, dict):
        return {str(k): jsonish(v) for k, v in x.items()}
    if isinstance(x, list):
        return [jsonish(i) for i in x]
    return x


def validator(schemas, yaml_loader, extend=None):
    """Draft 2020-12 over schemas/plan.schema.yaml, its $refs to
    defs.schema.yaml resolved from the files (with `referencing` when
    jsonschema is new enough to use it, else with RefResolver), `date`
    formats asserted; extend(cls) may change the keywords."""
    import jsonschema
    docs = {}
    for p in schemas.glob("*.yaml"):
        with open(p, encoding="utf-8") as f:
            docs[p.name] = yaml.load(f, Loader=yaml_loader)
    top = "plan.schema.yaml"
    base = jsonschema.Draft202012Validator
    base.check_schema(docs[top])
    cls = extend(base) if extend else base
    checker = jsonschema.FormatChecker(["date"])
    uri = {n: (schemas / n).as_uri() for n in docs}
    try:
        import referencing
        from referencing.jsonschema import DRAFT202012
        registry = referencing.Registry().with_resources(
            (uri[n], DRAFT202012.create_resource(s)) for n, s in docs.items())
        root = dict(docs[top], **{"$id": uri[top]})
        return cls(root, registry=registry, format_checker=checker)
    except ImportError:
        resolver = jsonschema.RefResolver(
            base_uri=uri[top], referrer=docs[top],
            store={uri[n]: s for n, s in docs.items()})
        return cls(docs[top], resolver=resolver, format_checker=checker)
