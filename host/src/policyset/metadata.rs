//! A criterion's metadata, as its module returns it (`ABI.md`, "Metadata"): defined
//! once, in the `dtcheck-abi` crate, for the guests that write it and the host that
//! reads it.

pub use dtcheck_abi::metadata::{EvidenceMeta, GroupMeta, Metadata, Schedule};
