#!/bin/sh
echo "schema-engine stub: native engine unavailable here; see docs/decisions" >&2
exit 1
