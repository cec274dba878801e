//! serde support (feature `serde`): codes as numbers, vocabulary enums as their names.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{Action, Code, Family, KnownCode, Lang};

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl Serialize for KnownCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for Code {
    /// A number from 0 to 65535; in human-readable formats also a string that
    /// [`Code`]'s `FromStr` accepts (a name, an alias or digits).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(CodeVisitor { text: true })
        } else {
            deserializer.deserialize_u16(CodeVisitor { text: false })
        }
    }
}

impl<'de> Deserialize<'de> for KnownCode {
    /// What [`Code`] accepts, limited to codes this crate knows.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KnownCode, D::Error> {
        let code = Code::deserialize(deserializer)?;
        code.known().ok_or_else(|| {
            de::Error::invalid_value(
                Unexpected::Unsigned(code.as_u16().into()),
                &"a code this crate knows",
            )
        })
    }
}

/// Reads a code from an integer from 0 to 65535, and from text (a name, an alias or digits)
/// when `text` is set. The wire carriers use it with `text` unset.
pub(crate) struct CodeVisitor {
    pub(crate) text: bool,
}

impl Visitor<'_> for CodeVisitor {
    type Value = Code;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.text {
            f.write_str("a code number from 0 to 65535, or a code name")
        } else {
            f.write_str("an integer code from 0 to 65535")
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Code, E> {
        u16::try_from(value)
            .map(Code::new)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Code, E> {
        u16::try_from(value)
            .map(Code::new)
            .map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Code, E> {
        if !self.text {
            return Err(E::invalid_type(Unexpected::Str(value), &self));
        }
        value
            .parse()
            .map_err(|error| E::custom(format_args!("invalid code {value:?}: {error}")))
    }
}

/// Serialize and deserialize a vocabulary enum as the name its `as_str`/`tag` gives.
macro_rules! by_name {
    ($type:ty, $to_name:ident, $from_name:path, $expecting:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$to_name())
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                struct NameVisitor;

                impl Visitor<'_> for NameVisitor {
                    type Value = $type;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: de::Error>(self, value: &str) -> Result<$type, E> {
                        $from_name(value)
                            .ok_or_else(|| E::invalid_value(Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(NameVisitor)
            }
        }
    };
}

by_name!(
    Family,
    as_str,
    Family::from_name,
    "a family: websocket, im or sdk"
);
by_name!(
    Action,
    as_str,
    Action::from_name,
    "an action such as reconnect or stay_offline"
);
by_name!(Lang, tag, Lang::from_tag, "a language tag: en or zh-Hans");
