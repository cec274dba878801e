//! A JSON reader for LeanCloud's payloads that is lenient where a payload is: a number out of
//! every integer's range (`1e400`) reads as a float, a lone surrogate escape (`"\ud800"`) or a
//! byte that is not UTF-8 reads as U+FFFD, so that the payload's own rules decide, and a valid
//! `code` is never lost to a malformed optional field. Anything that is not JSON text at all is
//! still an error. `serde_json` refuses both cases while it parses, before a `Deserialize` impl
//! can drop the field.

use alloc::string::{String, ToString};
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Nesting deeper than this is refused, so that no input can exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Why a payload could not be read from JSON: the text is not JSON (or nests arrays and objects
/// more than 128 deep), or the payload lacks what it needs (a `code` from 0 to 65535, say). The
/// message names the byte offset for the former.
///
/// ```
/// # #[cfg(all(feature = "serde", feature = "alloc"))] {
/// use leancloud_im_codes::ErrorCommand;
///
/// let error = ErrorCommand::from_json(br#"{"code":4111"#).unwrap_err();
/// assert!(error.to_string().contains("end of input"));
/// let error = ErrorCommand::from_json(br#"{"reason":"x"}"#).unwrap_err();
/// assert!(error.to_string().contains("missing field `code`"));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl core::error::Error for JsonError {}

impl de::Error for JsonError {
    fn custom<T: fmt::Display>(message: T) -> JsonError {
        JsonError {
            message: message.to_string(),
        }
    }
}

/// Reads `T` from the JSON text in `bytes`, with nothing but white space after it.
pub(crate) fn from_json<'de, T: de::Deserialize<'de>>(bytes: &[u8]) -> Result<T, JsonError> {
    let mut reader = Reader {
        bytes,
        at: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut reader)?;
    reader.skip_white_space();
    if reader.at < bytes.len() {
        return Err(reader.error("characters after the JSON value"));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> JsonError {
        JsonError {
            message: alloc::format!("invalid JSON at byte {}: {what}", self.at),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The next byte after white space, consumed.
    fn next_token(&mut self) -> Result<u8, JsonError> {
        self.skip_white_space();
        let byte = self
            .peek()
            .ok_or_else(|| self.error("unexpected end of input"))?;
        self.at += 1;
        Ok(byte)
    }

    fn expect_word(&mut self, word: &[u8]) -> Result<(), JsonError> {
        // The first byte was read by `next_token`.
        let rest = &word[1..];
        if self.bytes.get(self.at..self.at + rest.len()) == Some(rest) {
            self.at += rest.len();
            Ok(())
        } else {
            Err(self.error("expected true, false or null"))
        }
    }

    /// A string's contents, after its opening quote: escapes decoded, a lone surrogate and
    /// bytes that are not UTF-8 replaced by U+FFFD.
    fn string(&mut self) -> Result<String, JsonError> {
        let mut raw = alloc::vec::Vec::new();
        loop {
            let byte = self
                .peek()
                .ok_or_else(|| self.error("unterminated string"))?;
            self.at += 1;
            match byte {
                b'"' => return Ok(String::from_utf8_lossy(&raw).into_owned()),
                b'\\' => {
                    let escape = self
                        .peek()
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.at += 1;
                    let character = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    raw.extend_from_slice(character.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => raw.push(byte),
            }
        }
    }

    /// The character of a `\u` escape (after `\u`), pairing surrogates; a lone one is U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes.get(self.at..self.at + 2) == Some(b"\\u")
        {
            let save = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            self.at = save;
        }
        Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|digits| core::str::from_utf8(digits).ok())
            .and_then(|digits| {
                u32::from_str_radix(digits, 16)
                    .ok()
                    .filter(|_| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            })
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.at += 4;
        Ok(digits)
    }

    /// A number, after its first byte (`-` or a digit), to the visitor: an integer that fits
    /// `i64` or `u64` as one, anything else (and `-0`) as the nearest `f64` (`1e400` is
    /// infinity).
    fn number<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, JsonError> {
        let start = self.at - 1;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while reader.peek().is_some_and(|b| b.is_ascii_digit()) {
                reader.at += 1;
            }
            reader.at > from
        };
        if self.bytes[start] == b'-' && !digits(self) {
            return Err(self.error("a minus sign without digits"));
        }
        digits(self);
        let leading = if self.bytes[start] == b'-' {
            start + 1
        } else {
            start
        };
        if self.bytes[leading] == b'0' && self.at > leading + 1 {
            return Err(self.error("a number with a leading zero"));
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            integer = false;
            if !digits(self) {
                return Err(self.error("a decimal point without digits"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("an exponent without digits"));
            }
        }
        let text = core::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default();
        // `-0` keeps its sign as the float -0.0, as serde_json reads it, so that both readers
        // refuse it as a code alike.
        if integer && text != "-0" {
            if let Ok(value) = text.parse::<u64>() {
                return visitor.visit_u64(value);
            }
            if let Ok(value) = text.parse::<i64>() {
                return visitor.visit_i64(value);
            }
        }
        visitor.visit_f64(text.parse::<f64>().unwrap_or(f64::NAN))
    }

    fn nested(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        Ok(())
    }
}

impl<'de> Deserializer<'de> for &mut Reader<'_> {
    type Error = JsonError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self.next_token()? {
            b'{' => {
                self.nested()?;
                let value = visitor.visit_map(Items {
                    reader: &mut *self,
                    first: true,
                    end: b'}',
                })?;
                self.depth -= 1;
                Ok(value)
            }
            b'[' => {
                self.nested()?;
                let value = visitor.visit_seq(Items {
                    reader: &mut *self,
                    first: true,
                    end: b']',
                })?;
                self.depth -= 1;
                Ok(value)
            }
            b'"' => visitor.visit_string(self.string()?),
            b't' => {
                self.expect_word(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.expect_word(b"false")?;
                visitor.visit_bool(false)
            }
            b'n' => {
                self.expect_word(b"null")?;
                visitor.visit_unit()
            }
            b'-' | b'0'..=b'9' => self.number(visitor),
            _ => {
                self.at -= 1;
                Err(self.error("expected a JSON value"))
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.skip_white_space();
        if self.peek() == Some(b'n') {
            self.at += 1;
            self.expect_word(b"null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// The members of an object or the elements of an array.
struct Items<'r, 'a> {
    reader: &'r mut Reader<'a>,
    first: bool,
    end: u8,
}

impl Items<'_, '_> {
    /// Whether another item follows, consuming the separator or the closing bracket.
    fn has_next(&mut self) -> Result<bool, JsonError> {
        self.reader.skip_white_space();
        match self.reader.peek() {
            Some(byte) if byte == self.end => {
                self.reader.at += 1;
                Ok(false)
            }
            Some(b',') if !self.first => {
                self.reader.at += 1;
                Ok(true)
            }
            Some(_) if self.first => {
                self.first = false;
                Ok(true)
            }
            Some(_) => Err(self.reader.error("expected `,` or a closing bracket")),
            None => Err(self.reader.error("unexpected end of input")),
        }
    }
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = JsonError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, JsonError> {
        if !self.has_next()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

impl<'de> MapAccess<'de> for Items<'_, '_> {
    type Error = JsonError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, JsonError> {
        if !self.has_next()? {
            return Ok(None);
        }
        self.reader.skip_white_space();
        if self.reader.peek() != Some(b'"') {
            return Err(self.reader.error("an object key must be a string"));
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, JsonError> {
        if self.reader.next_token()? != b':' {
            self.reader.at -= 1;
            return Err(self.reader.error("expected `:` after an object key"));
        }
        seed.deserialize(&mut *self.reader)
    }
}
