package vn.practica.e2e;

/** One request the suite sends, the label it is reported under and what a correct answer is. */
record BadInputVariant(String label, BadInputHttp.Call call, Expect expect) {

    /** What the answer must be, beyond the problem shape every refusal has. */
    enum Expect {
        /** Any 4xx problem. */
        REFUSED,
        /**
         * 400 {@code invalid-request} for a bad query parameter or path id, as docs/problems.md says (414 for a
         * request line too long); not a 404, which says the resource does not exist.
         */
        INVALID,
        /**
         * 400 {@code malformed-body}: the document is not the JSON the endpoint reads (syntax, duplicate key,
         * trailing text, nesting), as docs/problems.md says.
         */
        MALFORMED,
        /** A 4xx problem, or 200 with every row of the (single-row) batch {@code rejected}. */
        REFUSED_OR_ROWS_REJECTED,
        /** 413 problem: the body is over the documented limit. */
        TOO_LARGE,
        /** 415 problem: no or a wrong {@code Content-Type}. */
        UNSUPPORTED_TYPE,
        /** 403 or 404 problem: another organization's resource. */
        OTHER_TENANT,
        /** The valid sample: the listing's {@code control} status; not a hostile request. */
        CONTROL
    }

    boolean hostile() {
        return expect != Expect.CONTROL;
    }
}
