#!/usr/bin/env python3
"""Writes the JSON Schemas the manifest tests validate against (deploy/k8s/schemas/README.md).

Usage: update-schemas.py K8S_SWAGGER_JSON STRIMZI_CRD_DIR CNPG_CRD_DIR
  K8S_SWAGGER_JSON  Kubernetes' OpenAPI v2 document (kubernetes-client/python: kubernetes/swagger.json.unprocessed)
  STRIMZI_CRD_DIR   strimzi-kafka-operator: packaging/install/cluster-operator
  CNPG_CRD_DIR      cloudnative-pg: config/crd/bases

The same adjustments as kubeconform's "strict" schemas, so that YAML as people write it validates and a typo fails:
descriptions dropped (size), int-or-string and quantity fields accept what YAML writes (a number or a string), and
every object that lists its properties refuses others (the API server would silently drop an unknown field).
"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# The kinds the manifests use; their definitions and everything they reference are kept.
K8S_ROOTS = [
    "io.k8s.api.apps.v1.Deployment",
    "io.k8s.api.core.v1.Service",
    "io.k8s.api.core.v1.ServiceAccount",
    "io.k8s.api.core.v1.ConfigMap",
    "io.k8s.api.core.v1.Secret",
    "io.k8s.api.core.v1.Namespace",
    "io.k8s.api.policy.v1.PodDisruptionBudget",
    "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
    "io.k8s.api.networking.v1.NetworkPolicy",
]
CRDS = {
    "strimzi": ["040-Crd-kafka.yaml", "043-Crd-kafkatopic.yaml", "044-Crd-kafkauser.yaml",
                "045-Crd-kafkanodepool.yaml"],
    "cnpg": ["postgresql.cnpg.io_clusters.yaml", "postgresql.cnpg.io_poolers.yaml",
             "postgresql.cnpg.io_scheduledbackups.yaml"],
}
INT_OR_STRING = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
QUANTITY = {"oneOf": [{"type": "string"}, {"type": "number"}]}


def strict(node):
    if isinstance(node, list):
        return [strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("x-kubernetes-int-or-string"):
        return dict(INT_OR_STRING)
    out = {k: strict(v) for k, v in node.items() if k != "description"}
    if "properties" in out and "additionalProperties" not in out \
            and not out.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref:
            found.add(ref.split("/")[-1])
        for v in node.values():
            refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def kubernetes(swagger_path):
    with open(swagger_path) as f:
        definitions = json.load(f)["definitions"]
    kept, todo = {}, list(K8S_ROOTS)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept[name] = definitions[name]
        found = set()
        refs(kept[name], found)
        todo.extend(found)
    kept = {name: strict(d) for name, d in sorted(kept.items())}
    kept["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = INT_OR_STRING
    kept["io.k8s.apimachinery.pkg.api.resource.Quantity"] = QUANTITY
    kinds = {}
    for name in K8S_ROOTS:
        for gvk in definitions[name]["x-kubernetes-group-version-kind"]:
            api_version = gvk["version"] if not gvk["group"] else gvk["group"] + "/" + gvk["version"]
            kinds[api_version + "/" + gvk["kind"]] = name
    write("kubernetes/definitions.json", {"kinds": kinds, "definitions": kept})


def crds(directory, prefix, files):
    for file in files:
        with open(os.path.join(directory, file)) as f:
            crd = next(d for d in yaml.safe_load_all(f) if d and d.get("kind") == "CustomResourceDefinition")
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            if version.get("served"):
                schema = strict(version["schema"]["openAPIV3Schema"])
                write(f"{prefix}/{group}_{version['name']}_{kind}.json", schema)


def write(relative, content):
    path = os.path.join(HERE, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(content, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    kubernetes(sys.argv[1])
    crds(sys.argv[2], "strimzi", CRDS["strimzi"])
    crds(sys.argv[3], "cnpg", CRDS["cnpg"])
