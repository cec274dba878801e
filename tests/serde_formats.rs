//! Issue 7, item 2: `ImError` round-trips losslessly, carrier and every field included, in
//! JSON, postcard, bincode and CBOR. Binary formats without field names are the hard case: a
//! form that skipped absent fields would be read back shifted.
#![cfg(all(feature = "serde", feature = "alloc"))]

use leancloud_im_codes::{Carrier, ImError};

/// Errors with every carrier and every mix of absent, empty and extreme fields.
fn samples() -> Vec<ImError> {
    let mut samples = Vec::new();
    for carrier in Carrier::ALL {
        for (index, code) in [0_u16, 4112, 4999, 65535].into_iter().enumerate() {
            let bare = ImError::new(code, *carrier);
            samples.push(bare.clone());
            // The case: present but empty text and a zero app code.
            samples.push(
                bare.clone()
                    .with_reason("")
                    .with_detail("")
                    .with_app_code(0)
                    .with_app_message(""),
            );
            let full = bare
                .with_http_status([0, 429, 503, u16::MAX][index])
                .with_reason("SESSION_TOKEN_EXPIRED")
                .with_detail("会話 \"quoted\" \u{0} \n")
                .with_app_code([i64::MIN, -1, 9890, i64::MAX][index])
                .with_app_message("😀");
            samples.push(full.clone());
            samples.push(ImError::new(code, *carrier).with_app_code(7));
            samples.push(ImError::new(code, *carrier).with_detail("only a detail"));
        }
    }
    samples
}

#[test]
fn json_round_trip_is_lossless() {
    for error in samples() {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(
            serde_json::from_str::<ImError>(&json).unwrap(),
            error,
            "{json}"
        );
    }
}

#[test]
fn postcard_round_trip_is_lossless() {
    for error in samples() {
        let bytes = postcard::to_allocvec(&error).unwrap();
        assert_eq!(postcard::from_bytes::<ImError>(&bytes).unwrap(), error);
    }
}

#[test]
fn bincode_round_trip_is_lossless() {
    let config = bincode::config::standard();
    for error in samples() {
        let bytes = bincode::serde::encode_to_vec(&error, config).unwrap();
        let (back, read): (ImError, usize) =
            bincode::serde::decode_from_slice(&bytes, config).unwrap();
        assert_eq!((back, read), (error, bytes.len()));
    }
}

#[test]
fn cbor_round_trip_is_lossless() {
    for error in samples() {
        let mut bytes = Vec::new();
        ciborium::into_writer(&error, &mut bytes).unwrap();
        assert_eq!(
            ciborium::from_reader::<ImError, _>(bytes.as_slice()).unwrap(),
            error
        );
    }
}

#[test]
fn a_truncated_binary_form_is_an_error_not_a_different_error() {
    let error = ImError::new(4112_u16, Carrier::Session)
        .with_reason("")
        .with_detail("")
        .with_app_code(0)
        .with_app_message("");
    let bytes = postcard::to_allocvec(&error).unwrap();
    for cut in 0..bytes.len() {
        if let Ok(read) = postcard::from_bytes::<ImError>(&bytes[..cut]) {
            panic!("{cut} of {} bytes read back as {read:?}", bytes.len());
        }
    }
}
