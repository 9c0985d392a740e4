package org.summitgraph.lists;

/** A list was asked for with a parameter it cannot use; answered 400 with the parameter named. */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    BadParameterException(String parameter, String value) {
        super("bad value for " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
