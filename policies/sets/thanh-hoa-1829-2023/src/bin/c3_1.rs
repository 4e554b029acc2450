#![cfg_attr(target_arch = "wasm32", no_std, no_main)]
dtcheck_sdk::export!(dtcheck_set_thanh_hoa_1829_2023::c3_1::CRITERION);
