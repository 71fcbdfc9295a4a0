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
