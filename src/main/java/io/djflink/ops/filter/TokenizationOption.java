package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;

/** The {@code tokenization} parameter of filters whose {@code true} setting needs an ML tokenizer. */
public final class TokenizationOption {

    public static final String PARAM = "tokenization";

    private TokenizationOption() {
    }

    /**
     * @param model what DataJuicer would load with {@code tokenization: true}
     * @throws OpArgumentException when the recipe asks for tokenization
     */
    public static void requireDisabled(OpArgs args, String model) {
        if (args.bool(PARAM)) {
            throw new OpArgumentException(args.opName(), PARAM, "op '" + args.opName() + "': parameter '" + PARAM
                    + "': true needs " + model + ", and no tokenizer model ships with dj-flink; "
                    + PARAM + ": false (the default) is supported");
        }
    }
}
