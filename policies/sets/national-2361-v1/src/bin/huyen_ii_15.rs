#![cfg_attr(target_arch = "wasm32", no_std, no_main)]
dtcheck_sdk::export!(dtcheck_set_national_2361_v1::huyen::ii_15::CRITERION);
