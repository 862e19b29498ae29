"""RS256 bearer tokens for the placement benchmarks, signed with the benchmark's own key pair (openssl), shaped
like the dev tokens (iss, sub, groups, org). Needs python3-cryptography (Debian package)."""
import base64
import json
import time
import uuid

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

ISSUER = "https://auth.practica.local/dev"


def _b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Minter:
    def __init__(self, private_key_pem):
        with open(private_key_pem, "rb") as f:
            self.key = serialization.load_pem_private_key(f.read(), password=None)
        self.header = _b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())

    def mint(self, subject, role, org=None, lifetime=6 * 3600):
        now = int(time.time())
        claims = {"iss": ISSUER, "sub": subject, "upn": subject, "jti": str(uuid.uuid4()), "groups": [role],
                  "iat": now, "exp": now + lifetime}
        if org:
            claims["org"] = org
        signing_input = self.header + "." + _b64(json.dumps(claims).encode())
        signature = self.key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + _b64(signature)
