//! serde support (feature `serde`): codes as numbers, vocabulary words as their names.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::carrier::Carrier;
use crate::code::Code;
use crate::family::Family;
use crate::lang::Lang;
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};
use crate::table::KnownCode;
use crate::transport::TransportFailure;

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
/// when `text` is set.
struct CodeVisitor {
    text: bool,
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

/// Serialize and deserialize a vocabulary word as the text its `Display` gives and its
/// `FromStr` reads.
macro_rules! by_word {
    ($($type:ty: $expecting:literal),* $(,)?) => {$(
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                struct WordVisitor;

                impl Visitor<'_> for WordVisitor {
                    type Value = $type;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: de::Error>(self, value: &str) -> Result<$type, E> {
                        value
                            .parse()
                            .map_err(|_| E::invalid_value(Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(WordVisitor)
            }
        }
    )*};
}

by_word!(
    Family: "a family: websocket, im, sdk or general",
    Lang: "a language tag such as en, zh-Hans or zh-Hant",
    Carrier: "a carrier such as close_frame or session",
    ConnectionAction: "a connection action such as reconnect or stay_offline",
    OperationAction: "an operation action such as retry or fix_request",
    TransportFailure: "a transport failure such as socket or closed",
);

impl Serialize for RetryAfter {
    /// Seconds as a number, or the string `next_day`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_secs() {
            Some(seconds) => serializer.serialize_u64(seconds),
            None => serializer.serialize_str("next_day"),
        }
    }
}

#[cfg(feature = "alloc")]
mod error_form {
    use alloc::string::String;
    use core::time::Duration;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::carrier::Carrier;
    use crate::code::Code;
    use crate::error::ImError;
    use crate::transport::TransportFailure;

    /// `ImError`'s own serde form: every field, always, in this order.
    ///
    /// Writing each field even when it is `None` keeps the form the same length in every
    /// format, so formats without field names (postcard, bincode) read back exactly what was
    /// written.
    #[derive(Serialize, Deserialize)]
    #[serde(rename = "ImError", rename_all = "camelCase")]
    struct Form {
        code: Option<u16>,
        carrier: Carrier,
        transport: Option<TransportFailure>,
        http_status: Option<u16>,
        /// Whole seconds, as `Retry-After` gives them.
        retry_after: Option<u64>,
        reason: Option<String>,
        detail: Option<String>,
        app_code: Option<i64>,
        app_msg: Option<String>,
    }

    impl Serialize for ImError {
        /// Writes `{code, carrier, transport, httpStatus, retryAfter, reason, detail, appCode,
        /// appMsg}`, every field present (`null` where absent), so the round trip is lossless
        /// in every serde format (`retryAfter` in whole seconds). To read LeanCloud's own JSON,
        /// use the payload types ([`ErrorCommand`](crate::ErrorCommand), ...).
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Form {
                code: self.code.map(Code::as_u16),
                carrier: self.carrier,
                transport: self.transport,
                http_status: self.http_status,
                retry_after: self.retry_after.map(|wait| wait.as_secs()),
                reason: self.reason.clone(),
                detail: self.detail.clone(),
                app_code: self.app_code,
                app_msg: self.app_message.clone(),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for ImError {
        /// Reads what `Serialize` writes. In self-describing formats (JSON, CBOR) the `Option`
        /// fields may be left out.
        ///
        /// ```
        /// use leancloud_im_codes::{Carrier, ImError};
        ///
        /// let error = ImError::new(4301_u16, Carrier::ErrorCommand).with_detail("timeout");
        /// let json = serde_json::to_string(&error)?;
        /// assert_eq!(
        ///     json,
        ///     r#"{"code":4301,"carrier":"error_command","transport":null,"httpStatus":null,"retryAfter":null,"reason":null,"detail":"timeout","appCode":null,"appMsg":null}"#
        /// );
        /// assert_eq!(serde_json::from_str::<ImError>(&json)?, error);
        /// # Ok::<(), serde_json::Error>(())
        /// ```
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ImError, D::Error> {
            let form = Form::deserialize(deserializer)?;
            Ok(ImError {
                code: form.code.map(Code::new),
                carrier: form.carrier,
                transport: form.transport,
                http_status: form.http_status,
                retry_after: form.retry_after.map(Duration::from_secs),
                reason: form.reason,
                detail: form.detail,
                app_code: form.app_code,
                app_message: form.app_msg,
            })
        }
    }
}
