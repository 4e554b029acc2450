#![cfg_attr(target_arch = "wasm32", no_std, no_main)]
dtcheck_sdk::export!(dtcheck_set_thanh_hoa_interim_district_2024::civ_5::CRITERION);
