// @generated from codes.toml by build/baselines.rs. Edit codes.toml, not this file.
// Baselines for the benchmarks; the crate itself does not use this file. Regenerate with
// `BLESS=1 cargo test --test codes_toml`.

use leancloud_im_codes::KnownCode;

pub fn match_code(code: u16) -> Option<KnownCode> {
    match code {
        0 => Some(KnownCode::NoCode),
        1 => Some(KnownCode::InternalServerError),
        100 => Some(KnownCode::ConnectionFailed),
        102 => Some(KnownCode::InvalidQuery),
        119 => Some(KnownCode::OperationForbidden),
        120 => Some(KnownCode::CacheMiss),
        124 => Some(KnownCode::GeneralTimeout),
        999 => Some(KnownCode::GeneralUnknown),
        1000 => Some(KnownCode::NormalClosure),
        1001 => Some(KnownCode::GoingAway),
        1002 => Some(KnownCode::ProtocolError),
        1003 => Some(KnownCode::UnsupportedData),
        1004 => Some(KnownCode::Reserved),
        1005 => Some(KnownCode::NoStatusRcvd),
        1006 => Some(KnownCode::AbnormalClosure),
        1007 => Some(KnownCode::InvalidFramePayloadData),
        1008 => Some(KnownCode::PolicyViolation),
        1009 => Some(KnownCode::MessageTooBig),
        1010 => Some(KnownCode::MandatoryExt),
        1011 => Some(KnownCode::WebSocketInternalError),
        1012 => Some(KnownCode::ServiceRestart),
        1013 => Some(KnownCode::TryAgainLater),
        1014 => Some(KnownCode::BadGateway),
        1015 => Some(KnownCode::TlsHandshake),
        3000 => Some(KnownCode::Unauthorized),
        3003 => Some(KnownCode::Forbidden),
        3008 => Some(KnownCode::WebSocketTimeout),
        4100 => Some(KnownCode::AppNotAvailable),
        4101 => Some(KnownCode::DuplicatedLogin),
        4102 => Some(KnownCode::SignatureFailed),
        4103 => Some(KnownCode::InvalidLogin),
        4105 => Some(KnownCode::SessionRequired),
        4106 => Some(KnownCode::Blacklisted),
        4107 => Some(KnownCode::ReadTimeout),
        4108 => Some(KnownCode::LoginTimeout),
        4109 => Some(KnownCode::FrameTooLong),
        4110 => Some(KnownCode::InvalidOrigin),
        4111 => Some(KnownCode::SessionConflict),
        4112 => Some(KnownCode::SessionTokenExpired),
        4113 => Some(KnownCode::AppQuotaExceeded),
        4114 => Some(KnownCode::UnparseableRawMessage),
        4115 => Some(KnownCode::KickedByApp),
        4116 => Some(KnownCode::MessageSentQuotaExceeded),
        4117 => Some(KnownCode::UnbindInstallationFailed),
        4200 => Some(KnownCode::ImInternalError),
        4201 => Some(KnownCode::SendMessageTimeout),
        4300 => Some(KnownCode::ConversationInternalError),
        4301 => Some(KnownCode::ConversationApiFailed),
        4302 => Some(KnownCode::ConversationSignatureFailed),
        4303 => Some(KnownCode::ImConversationNotFound),
        4304 => Some(KnownCode::ConversationFull),
        4305 => Some(KnownCode::ConversationRejectedByApp),
        4306 => Some(KnownCode::ConversationUpdateFailed),
        4307 => Some(KnownCode::ConversationReadOnly),
        4308 => Some(KnownCode::ConversationNotAllowed),
        4309 => Some(KnownCode::ConversationUpdateRejected),
        4310 => Some(KnownCode::ConversationQueryFailed),
        4311 => Some(KnownCode::ConversationLogFailed),
        4312 => Some(KnownCode::ConversationLogRejected),
        4313 => Some(KnownCode::SystemConversationRequired),
        4314 => Some(KnownCode::NormalConversationRequired),
        4315 => Some(KnownCode::ConversationTemporaryBlacklisted),
        4316 => Some(KnownCode::TransientConversationRequired),
        4317 => Some(KnownCode::ConversationMembershipRequired),
        4318 => Some(KnownCode::ConversationApiQuotaExceeded),
        4320 => Some(KnownCode::ConversationOperationUnauthorized),
        4321 => Some(KnownCode::UnknownConversationRole),
        4322 => Some(KnownCode::ConversationMemberInRoleFull),
        4323 => Some(KnownCode::TemporaryConversationExpired),
        4324 => Some(KnownCode::ConversationNeedOwner),
        4325 => Some(KnownCode::ConversationMemberInfoFeatureDisabled),
        4401 => Some(KnownCode::InvalidMessagingTarget),
        4402 => Some(KnownCode::MessageRejectedByApp),
        4403 => Some(KnownCode::MessageOwnershipRequired),
        4404 => Some(KnownCode::MessageNotFound),
        4405 => Some(KnownCode::MessageUpdateRejectedByApp),
        4406 => Some(KnownCode::MessageEditDisabled),
        4407 => Some(KnownCode::MessageRecallDisabled),
        4408 => Some(KnownCode::MessageModifiedByCensorship),
        4543 => Some(KnownCode::BlacklistFull),
        4544 => Some(KnownCode::BlacklistFeatureDisabled),
        4546 => Some(KnownCode::BlacklistSignatureFailed),
        4548 => Some(KnownCode::BlockedByConv),
        4561 => Some(KnownCode::SiliencedMemberListFull),
        4563 => Some(KnownCode::Silienced),
        5130 => Some(KnownCode::JsOwnerPromotionNotAllowed),
        9000 => Some(KnownCode::CommandTimeout),
        9001 => Some(KnownCode::ConnectionLost),
        9002 => Some(KnownCode::ClientNotOpen),
        9003 => Some(KnownCode::CommandInvalid),
        9008 => Some(KnownCode::CommandDataLengthTooLong),
        9100 => Some(KnownCode::SdkConversationNotFound),
        9120 => Some(KnownCode::UpdatingMessageNotAllowed),
        9121 => Some(KnownCode::UpdatingMessageNotSent),
        9130 => Some(KnownCode::AppleOwnerPromotionNotAllowed),
        9303 => Some(KnownCode::InvalidState),
        9304 => Some(KnownCode::InvalidParameter),
        9973 => Some(KnownCode::NotFound),
        9974 => Some(KnownCode::InvalidType),
        9975 => Some(KnownCode::MalformedData),
        9976 => Some(KnownCode::Inconsistency),
        9977 => Some(KnownCode::UnderlyingError),
        _ => None,
    }
}

pub fn match_name(name: &str) -> Option<KnownCode> {
    match name {
        "ABNORMAL_CLOSURE" => Some(KnownCode::AbnormalClosure),
        "APP_NOT_AVAILABLE" => Some(KnownCode::AppNotAvailable),
        "APP_QUOTA_EXCEEDED" => Some(KnownCode::AppQuotaExceeded),
        "BAD_GATEWAY" => Some(KnownCode::BadGateway),
        "BLACKLISTED" => Some(KnownCode::Blacklisted),
        "BLACKLIST_FEATURE_DISABLED" => Some(KnownCode::BlacklistFeatureDisabled),
        "BLACKLIST_FULL" => Some(KnownCode::BlacklistFull),
        "BLACKLIST_SIGNATURE_FAILED" => Some(KnownCode::BlacklistSignatureFailed),
        "BLOCKED_BY_CONV" => Some(KnownCode::BlockedByConv),
        "CACHE_MISS" => Some(KnownCode::CacheMiss),
        "CLIENT_NOT_OPEN" => Some(KnownCode::ClientNotOpen),
        "CLOSED_NO_STATUS" => Some(KnownCode::NoStatusRcvd),
        "CLOSE_ABNORMAL" => Some(KnownCode::AbnormalClosure),
        "CLOSE_BAD_GATEWAY" => Some(KnownCode::BadGateway),
        "CLOSE_GOING_AWAY" => Some(KnownCode::GoingAway),
        "CLOSE_MANDATORY_EXTENSION" => Some(KnownCode::MandatoryExt),
        "CLOSE_NORMAL" => Some(KnownCode::NormalClosure),
        "CLOSE_NO_STATUS" => Some(KnownCode::NoStatusRcvd),
        "CLOSE_POLICY_VIOLATION" => Some(KnownCode::PolicyViolation),
        "CLOSE_PROTOCOL_ERROR" => Some(KnownCode::ProtocolError),
        "CLOSE_SERVER_ERROR" => Some(KnownCode::WebSocketInternalError),
        "CLOSE_SERVICE_RESTART" => Some(KnownCode::ServiceRestart),
        "CLOSE_TLS_FAIL" => Some(KnownCode::TlsHandshake),
        "CLOSE_TOO_LARGE" => Some(KnownCode::MessageTooBig),
        "CLOSE_TRY_AGAIN_LATER" => Some(KnownCode::TryAgainLater),
        "CLOSE_UNSUPPORTED" => Some(KnownCode::UnsupportedData),
        "CLOSE_UNSUPPORTED_PAYLOAD" => Some(KnownCode::InvalidFramePayloadData),
        "COMMAND_DATA_LENGTH_TOO_LONG" => Some(KnownCode::CommandDataLengthTooLong),
        "COMMAND_INVALID" => Some(KnownCode::CommandInvalid),
        "COMMAND_TIMEOUT" => Some(KnownCode::CommandTimeout),
        "CONNECTION_FAILED" => Some(KnownCode::ConnectionFailed),
        "CONNECTION_LOST" => Some(KnownCode::ConnectionLost),
        "CONVERSATION_API_FAILED" => Some(KnownCode::ConversationApiFailed),
        "CONVERSATION_API_QUOTA_EXCEEDED" => Some(KnownCode::ConversationApiQuotaExceeded),
        "CONVERSATION_BLACKLISTED" => Some(KnownCode::ConversationTemporaryBlacklisted),
        "CONVERSATION_FULL" => Some(KnownCode::ConversationFull),
        "CONVERSATION_INTERNAL_ERROR" => Some(KnownCode::ConversationInternalError),
        "CONVERSATION_LOG_FAILED" => Some(KnownCode::ConversationLogFailed),
        "CONVERSATION_LOG_REJECTED" => Some(KnownCode::ConversationLogRejected),
        "CONVERSATION_MEMBERSHIP_REQUIRED" => Some(KnownCode::ConversationMembershipRequired),
        "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED" => Some(KnownCode::ConversationMemberInfoFeatureDisabled),
        "CONVERSATION_MEMBER_IN_ROLE_FULL" => Some(KnownCode::ConversationMemberInRoleFull),
        "CONVERSATION_NEED_OWNER" => Some(KnownCode::ConversationNeedOwner),
        "CONVERSATION_NOT_ALLOWED" => Some(KnownCode::ConversationNotAllowed),
        "CONVERSATION_NOT_FOUND" => Some(KnownCode::ImConversationNotFound),
        "CONVERSATION_OPERATION_UNAUTHORIZED" => Some(KnownCode::ConversationOperationUnauthorized),
        "CONVERSATION_QUERY_FAILED" => Some(KnownCode::ConversationQueryFailed),
        "CONVERSATION_READ_ONLY" => Some(KnownCode::ConversationReadOnly),
        "CONVERSATION_REJECTED_BY_APP" => Some(KnownCode::ConversationRejectedByApp),
        "CONVERSATION_SIGNATURE_FAILED" => Some(KnownCode::ConversationSignatureFailed),
        "CONVERSATION_TEMPORARY_BLACKLISTED" => Some(KnownCode::ConversationTemporaryBlacklisted),
        "CONVERSATION_UPDATE_FAILED" => Some(KnownCode::ConversationUpdateFailed),
        "CONVERSATION_UPDATE_REJECTED" => Some(KnownCode::ConversationUpdateRejected),
        "DUPLICATED_LOGIN" => Some(KnownCode::DuplicatedLogin),
        "FORBIDDEN" => Some(KnownCode::Forbidden),
        "FRAME_TOO_LONG" => Some(KnownCode::FrameTooLong),
        "GOING_AWAY" => Some(KnownCode::GoingAway),
        "INCONSISTENCY" => Some(KnownCode::Inconsistency),
        "INTERNAL_ERROR" => Some(KnownCode::WebSocketInternalError),
        "INTERNAL_SERVER_ERROR" => Some(KnownCode::InternalServerError),
        "INVALID_COMMAND" => Some(KnownCode::CommandInvalid),
        "INVALID_FRAME_PAYLOAD_DATA" => Some(KnownCode::InvalidFramePayloadData),
        "INVALID_LOGIN" => Some(KnownCode::InvalidLogin),
        "INVALID_MESSAGING_TARGET" => Some(KnownCode::InvalidMessagingTarget),
        "INVALID_ORIGIN" => Some(KnownCode::InvalidOrigin),
        "INVALID_PARAMETER" => Some(KnownCode::InvalidParameter),
        "INVALID_QUERY" => Some(KnownCode::InvalidQuery),
        "INVALID_STATE" => Some(KnownCode::InvalidState),
        "INVALID_TYPE" => Some(KnownCode::InvalidType),
        "KICKED_BY_APP" => Some(KnownCode::KickedByApp),
        "LOGIN_TIMEOUT" => Some(KnownCode::LoginTimeout),
        "MALFORMED_DATA" => Some(KnownCode::MalformedData),
        "MANDATORY_EXT" => Some(KnownCode::MandatoryExt),
        "MESSAGE_EDIT_DISABLED" => Some(KnownCode::MessageEditDisabled),
        "MESSAGE_MODIFIED_BY_CENSORSHIP" => Some(KnownCode::MessageModifiedByCensorship),
        "MESSAGE_NOT_FOUND" => Some(KnownCode::MessageNotFound),
        "MESSAGE_OWNERSHIP_REQUIRED" => Some(KnownCode::MessageOwnershipRequired),
        "MESSAGE_RECALL_DISABLED" => Some(KnownCode::MessageRecallDisabled),
        "MESSAGE_REJECTED_BY_APP" => Some(KnownCode::MessageRejectedByApp),
        "MESSAGE_SENT_QUOTA_EXCEEDED" => Some(KnownCode::MessageSentQuotaExceeded),
        "MESSAGE_TOO_BIG" => Some(KnownCode::MessageTooBig),
        "MESSAGE_UPDATE_REJECTED_BY_APP" => Some(KnownCode::MessageUpdateRejectedByApp),
        "NONE" => Some(KnownCode::NoCode),
        "NORMAL_CLOSURE" => Some(KnownCode::NormalClosure),
        "NORMAL_CONVERSATION_REQUIRED" => Some(KnownCode::NormalConversationRequired),
        "NOT_FOUND" => Some(KnownCode::NotFound),
        "NO_STATUS_RCVD" => Some(KnownCode::NoStatusRcvd),
        "OPERATION_FORBIDDEN" => Some(KnownCode::OperationForbidden),
        "OWNER_PROMOTION_NOT_ALLOWED" => Some(KnownCode::JsOwnerPromotionNotAllowed),
        "POLICY_VIOLATION" => Some(KnownCode::PolicyViolation),
        "PROTOCOL_ERROR" => Some(KnownCode::ProtocolError),
        "READ_TIMEOUT" => Some(KnownCode::ReadTimeout),
        "RESERVED" => Some(KnownCode::Reserved),
        "SEND_MESSAGE_TIMEOUT" => Some(KnownCode::SendMessageTimeout),
        "SERVICE_RESTART" => Some(KnownCode::ServiceRestart),
        "SESSION_CONFLICT" => Some(KnownCode::SessionConflict),
        "SESSION_REQUIRED" => Some(KnownCode::SessionRequired),
        "SESSION_TOKEN_EXPIRED" => Some(KnownCode::SessionTokenExpired),
        "SIGNATURE_FAILED" => Some(KnownCode::SignatureFailed),
        "SILIENCED" => Some(KnownCode::Silienced),
        "SILIENCED_MEMBER_LIST_FULL" => Some(KnownCode::SiliencedMemberListFull),
        "SYSTEM_CONVERSATION_REQUIRED" => Some(KnownCode::SystemConversationRequired),
        "TEMPORARY_CONVERSATION_EXPIRED" => Some(KnownCode::TemporaryConversationExpired),
        "TIMEOUT" => Some(KnownCode::GeneralTimeout),
        "TLS_HANDSHAKE" => Some(KnownCode::TlsHandshake),
        "TRANSIENT_CONVERSATION_REQUIRED" => Some(KnownCode::TransientConversationRequired),
        "TRY_AGAIN_LATER" => Some(KnownCode::TryAgainLater),
        "UNAUTHORIZED" => Some(KnownCode::Unauthorized),
        "UNBIND_INSTALLATION_FAILED" => Some(KnownCode::UnbindInstallationFailed),
        "UNDERLYING_ERROR" => Some(KnownCode::UnderlyingError),
        "UNKNOWN" => Some(KnownCode::GeneralUnknown),
        "UNKNOWN_CONVERSATION_ROLE" => Some(KnownCode::UnknownConversationRole),
        "UNPARSEABLE_RAW_MESSAGE" => Some(KnownCode::UnparseableRawMessage),
        "UNPARSEABLE_RAW_MSG" => Some(KnownCode::UnparseableRawMessage),
        "UNSUPPORTED_DATA" => Some(KnownCode::UnsupportedData),
        "UPDATING_MESSAGE_NOT_ALLOWED" => Some(KnownCode::UpdatingMessageNotAllowed),
        "UPDATING_MESSAGE_NOT_SENT" => Some(KnownCode::UpdatingMessageNotSent),
        _ => None,
    }
}

pub static PHF_CODES: phf::Map<u16, KnownCode> = phf::phf_map! {
    0u16 => KnownCode::NoCode,
    1u16 => KnownCode::InternalServerError,
    100u16 => KnownCode::ConnectionFailed,
    102u16 => KnownCode::InvalidQuery,
    119u16 => KnownCode::OperationForbidden,
    120u16 => KnownCode::CacheMiss,
    124u16 => KnownCode::GeneralTimeout,
    999u16 => KnownCode::GeneralUnknown,
    1000u16 => KnownCode::NormalClosure,
    1001u16 => KnownCode::GoingAway,
    1002u16 => KnownCode::ProtocolError,
    1003u16 => KnownCode::UnsupportedData,
    1004u16 => KnownCode::Reserved,
    1005u16 => KnownCode::NoStatusRcvd,
    1006u16 => KnownCode::AbnormalClosure,
    1007u16 => KnownCode::InvalidFramePayloadData,
    1008u16 => KnownCode::PolicyViolation,
    1009u16 => KnownCode::MessageTooBig,
    1010u16 => KnownCode::MandatoryExt,
    1011u16 => KnownCode::WebSocketInternalError,
    1012u16 => KnownCode::ServiceRestart,
    1013u16 => KnownCode::TryAgainLater,
    1014u16 => KnownCode::BadGateway,
    1015u16 => KnownCode::TlsHandshake,
    3000u16 => KnownCode::Unauthorized,
    3003u16 => KnownCode::Forbidden,
    3008u16 => KnownCode::WebSocketTimeout,
    4100u16 => KnownCode::AppNotAvailable,
    4101u16 => KnownCode::DuplicatedLogin,
    4102u16 => KnownCode::SignatureFailed,
    4103u16 => KnownCode::InvalidLogin,
    4105u16 => KnownCode::SessionRequired,
    4106u16 => KnownCode::Blacklisted,
    4107u16 => KnownCode::ReadTimeout,
    4108u16 => KnownCode::LoginTimeout,
    4109u16 => KnownCode::FrameTooLong,
    4110u16 => KnownCode::InvalidOrigin,
    4111u16 => KnownCode::SessionConflict,
    4112u16 => KnownCode::SessionTokenExpired,
    4113u16 => KnownCode::AppQuotaExceeded,
    4114u16 => KnownCode::UnparseableRawMessage,
    4115u16 => KnownCode::KickedByApp,
    4116u16 => KnownCode::MessageSentQuotaExceeded,
    4117u16 => KnownCode::UnbindInstallationFailed,
    4200u16 => KnownCode::ImInternalError,
    4201u16 => KnownCode::SendMessageTimeout,
    4300u16 => KnownCode::ConversationInternalError,
    4301u16 => KnownCode::ConversationApiFailed,
    4302u16 => KnownCode::ConversationSignatureFailed,
    4303u16 => KnownCode::ImConversationNotFound,
    4304u16 => KnownCode::ConversationFull,
    4305u16 => KnownCode::ConversationRejectedByApp,
    4306u16 => KnownCode::ConversationUpdateFailed,
    4307u16 => KnownCode::ConversationReadOnly,
    4308u16 => KnownCode::ConversationNotAllowed,
    4309u16 => KnownCode::ConversationUpdateRejected,
    4310u16 => KnownCode::ConversationQueryFailed,
    4311u16 => KnownCode::ConversationLogFailed,
    4312u16 => KnownCode::ConversationLogRejected,
    4313u16 => KnownCode::SystemConversationRequired,
    4314u16 => KnownCode::NormalConversationRequired,
    4315u16 => KnownCode::ConversationTemporaryBlacklisted,
    4316u16 => KnownCode::TransientConversationRequired,
    4317u16 => KnownCode::ConversationMembershipRequired,
    4318u16 => KnownCode::ConversationApiQuotaExceeded,
    4320u16 => KnownCode::ConversationOperationUnauthorized,
    4321u16 => KnownCode::UnknownConversationRole,
    4322u16 => KnownCode::ConversationMemberInRoleFull,
    4323u16 => KnownCode::TemporaryConversationExpired,
    4324u16 => KnownCode::ConversationNeedOwner,
    4325u16 => KnownCode::ConversationMemberInfoFeatureDisabled,
    4401u16 => KnownCode::InvalidMessagingTarget,
    4402u16 => KnownCode::MessageRejectedByApp,
    4403u16 => KnownCode::MessageOwnershipRequired,
    4404u16 => KnownCode::MessageNotFound,
    4405u16 => KnownCode::MessageUpdateRejectedByApp,
    4406u16 => KnownCode::MessageEditDisabled,
    4407u16 => KnownCode::MessageRecallDisabled,
    4408u16 => KnownCode::MessageModifiedByCensorship,
    4543u16 => KnownCode::BlacklistFull,
    4544u16 => KnownCode::BlacklistFeatureDisabled,
    4546u16 => KnownCode::BlacklistSignatureFailed,
    4548u16 => KnownCode::BlockedByConv,
    4561u16 => KnownCode::SiliencedMemberListFull,
    4563u16 => KnownCode::Silienced,
    5130u16 => KnownCode::JsOwnerPromotionNotAllowed,
    9000u16 => KnownCode::CommandTimeout,
    9001u16 => KnownCode::ConnectionLost,
    9002u16 => KnownCode::ClientNotOpen,
    9003u16 => KnownCode::CommandInvalid,
    9008u16 => KnownCode::CommandDataLengthTooLong,
    9100u16 => KnownCode::SdkConversationNotFound,
    9120u16 => KnownCode::UpdatingMessageNotAllowed,
    9121u16 => KnownCode::UpdatingMessageNotSent,
    9130u16 => KnownCode::AppleOwnerPromotionNotAllowed,
    9303u16 => KnownCode::InvalidState,
    9304u16 => KnownCode::InvalidParameter,
    9973u16 => KnownCode::NotFound,
    9974u16 => KnownCode::InvalidType,
    9975u16 => KnownCode::MalformedData,
    9976u16 => KnownCode::Inconsistency,
    9977u16 => KnownCode::UnderlyingError,
};

pub static PHF_NAMES: phf::Map<&'static str, KnownCode> = phf::phf_map! {
    "ABNORMAL_CLOSURE" => KnownCode::AbnormalClosure,
    "APP_NOT_AVAILABLE" => KnownCode::AppNotAvailable,
    "APP_QUOTA_EXCEEDED" => KnownCode::AppQuotaExceeded,
    "BAD_GATEWAY" => KnownCode::BadGateway,
    "BLACKLISTED" => KnownCode::Blacklisted,
    "BLACKLIST_FEATURE_DISABLED" => KnownCode::BlacklistFeatureDisabled,
    "BLACKLIST_FULL" => KnownCode::BlacklistFull,
    "BLACKLIST_SIGNATURE_FAILED" => KnownCode::BlacklistSignatureFailed,
    "BLOCKED_BY_CONV" => KnownCode::BlockedByConv,
    "CACHE_MISS" => KnownCode::CacheMiss,
    "CLIENT_NOT_OPEN" => KnownCode::ClientNotOpen,
    "CLOSED_NO_STATUS" => KnownCode::NoStatusRcvd,
    "CLOSE_ABNORMAL" => KnownCode::AbnormalClosure,
    "CLOSE_BAD_GATEWAY" => KnownCode::BadGateway,
    "CLOSE_GOING_AWAY" => KnownCode::GoingAway,
    "CLOSE_MANDATORY_EXTENSION" => KnownCode::MandatoryExt,
    "CLOSE_NORMAL" => KnownCode::NormalClosure,
    "CLOSE_NO_STATUS" => KnownCode::NoStatusRcvd,
    "CLOSE_POLICY_VIOLATION" => KnownCode::PolicyViolation,
    "CLOSE_PROTOCOL_ERROR" => KnownCode::ProtocolError,
    "CLOSE_SERVER_ERROR" => KnownCode::WebSocketInternalError,
    "CLOSE_SERVICE_RESTART" => KnownCode::ServiceRestart,
    "CLOSE_TLS_FAIL" => KnownCode::TlsHandshake,
    "CLOSE_TOO_LARGE" => KnownCode::MessageTooBig,
    "CLOSE_TRY_AGAIN_LATER" => KnownCode::TryAgainLater,
    "CLOSE_UNSUPPORTED" => KnownCode::UnsupportedData,
    "CLOSE_UNSUPPORTED_PAYLOAD" => KnownCode::InvalidFramePayloadData,
    "COMMAND_DATA_LENGTH_TOO_LONG" => KnownCode::CommandDataLengthTooLong,
    "COMMAND_INVALID" => KnownCode::CommandInvalid,
    "COMMAND_TIMEOUT" => KnownCode::CommandTimeout,
    "CONNECTION_FAILED" => KnownCode::ConnectionFailed,
    "CONNECTION_LOST" => KnownCode::ConnectionLost,
    "CONVERSATION_API_FAILED" => KnownCode::ConversationApiFailed,
    "CONVERSATION_API_QUOTA_EXCEEDED" => KnownCode::ConversationApiQuotaExceeded,
    "CONVERSATION_BLACKLISTED" => KnownCode::ConversationTemporaryBlacklisted,
    "CONVERSATION_FULL" => KnownCode::ConversationFull,
    "CONVERSATION_INTERNAL_ERROR" => KnownCode::ConversationInternalError,
    "CONVERSATION_LOG_FAILED" => KnownCode::ConversationLogFailed,
    "CONVERSATION_LOG_REJECTED" => KnownCode::ConversationLogRejected,
    "CONVERSATION_MEMBERSHIP_REQUIRED" => KnownCode::ConversationMembershipRequired,
    "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED" => KnownCode::ConversationMemberInfoFeatureDisabled,
    "CONVERSATION_MEMBER_IN_ROLE_FULL" => KnownCode::ConversationMemberInRoleFull,
    "CONVERSATION_NEED_OWNER" => KnownCode::ConversationNeedOwner,
    "CONVERSATION_NOT_ALLOWED" => KnownCode::ConversationNotAllowed,
    "CONVERSATION_NOT_FOUND" => KnownCode::ImConversationNotFound,
    "CONVERSATION_OPERATION_UNAUTHORIZED" => KnownCode::ConversationOperationUnauthorized,
    "CONVERSATION_QUERY_FAILED" => KnownCode::ConversationQueryFailed,
    "CONVERSATION_READ_ONLY" => KnownCode::ConversationReadOnly,
    "CONVERSATION_REJECTED_BY_APP" => KnownCode::ConversationRejectedByApp,
    "CONVERSATION_SIGNATURE_FAILED" => KnownCode::ConversationSignatureFailed,
    "CONVERSATION_TEMPORARY_BLACKLISTED" => KnownCode::ConversationTemporaryBlacklisted,
    "CONVERSATION_UPDATE_FAILED" => KnownCode::ConversationUpdateFailed,
    "CONVERSATION_UPDATE_REJECTED" => KnownCode::ConversationUpdateRejected,
    "DUPLICATED_LOGIN" => KnownCode::DuplicatedLogin,
    "FORBIDDEN" => KnownCode::Forbidden,
    "FRAME_TOO_LONG" => KnownCode::FrameTooLong,
    "GOING_AWAY" => KnownCode::GoingAway,
    "INCONSISTENCY" => KnownCode::Inconsistency,
    "INTERNAL_ERROR" => KnownCode::WebSocketInternalError,
    "INTERNAL_SERVER_ERROR" => KnownCode::InternalServerError,
    "INVALID_COMMAND" => KnownCode::CommandInvalid,
    "INVALID_FRAME_PAYLOAD_DATA" => KnownCode::InvalidFramePayloadData,
    "INVALID_LOGIN" => KnownCode::InvalidLogin,
    "INVALID_MESSAGING_TARGET" => KnownCode::InvalidMessagingTarget,
    "INVALID_ORIGIN" => KnownCode::InvalidOrigin,
    "INVALID_PARAMETER" => KnownCode::InvalidParameter,
    "INVALID_QUERY" => KnownCode::InvalidQuery,
    "INVALID_STATE" => KnownCode::InvalidState,
    "INVALID_TYPE" => KnownCode::InvalidType,
    "KICKED_BY_APP" => KnownCode::KickedByApp,
    "LOGIN_TIMEOUT" => KnownCode::LoginTimeout,
    "MALFORMED_DATA" => KnownCode::MalformedData,
    "MANDATORY_EXT" => KnownCode::MandatoryExt,
    "MESSAGE_EDIT_DISABLED" => KnownCode::MessageEditDisabled,
    "MESSAGE_MODIFIED_BY_CENSORSHIP" => KnownCode::MessageModifiedByCensorship,
    "MESSAGE_NOT_FOUND" => KnownCode::MessageNotFound,
    "MESSAGE_OWNERSHIP_REQUIRED" => KnownCode::MessageOwnershipRequired,
    "MESSAGE_RECALL_DISABLED" => KnownCode::MessageRecallDisabled,
    "MESSAGE_REJECTED_BY_APP" => KnownCode::MessageRejectedByApp,
    "MESSAGE_SENT_QUOTA_EXCEEDED" => KnownCode::MessageSentQuotaExceeded,
    "MESSAGE_TOO_BIG" => KnownCode::MessageTooBig,
    "MESSAGE_UPDATE_REJECTED_BY_APP" => KnownCode::MessageUpdateRejectedByApp,
    "NONE" => KnownCode::NoCode,
    "NORMAL_CLOSURE" => KnownCode::NormalClosure,
    "NORMAL_CONVERSATION_REQUIRED" => KnownCode::NormalConversationRequired,
    "NOT_FOUND" => KnownCode::NotFound,
    "NO_STATUS_RCVD" => KnownCode::NoStatusRcvd,
    "OPERATION_FORBIDDEN" => KnownCode::OperationForbidden,
    "OWNER_PROMOTION_NOT_ALLOWED" => KnownCode::JsOwnerPromotionNotAllowed,
    "POLICY_VIOLATION" => KnownCode::PolicyViolation,
    "PROTOCOL_ERROR" => KnownCode::ProtocolError,
    "READ_TIMEOUT" => KnownCode::ReadTimeout,
    "RESERVED" => KnownCode::Reserved,
    "SEND_MESSAGE_TIMEOUT" => KnownCode::SendMessageTimeout,
    "SERVICE_RESTART" => KnownCode::ServiceRestart,
    "SESSION_CONFLICT" => KnownCode::SessionConflict,
    "SESSION_REQUIRED" => KnownCode::SessionRequired,
    "SESSION_TOKEN_EXPIRED" => KnownCode::SessionTokenExpired,
    "SIGNATURE_FAILED" => KnownCode::SignatureFailed,
    "SILIENCED" => KnownCode::Silienced,
    "SILIENCED_MEMBER_LIST_FULL" => KnownCode::SiliencedMemberListFull,
    "SYSTEM_CONVERSATION_REQUIRED" => KnownCode::SystemConversationRequired,
    "TEMPORARY_CONVERSATION_EXPIRED" => KnownCode::TemporaryConversationExpired,
    "TIMEOUT" => KnownCode::GeneralTimeout,
    "TLS_HANDSHAKE" => KnownCode::TlsHandshake,
    "TRANSIENT_CONVERSATION_REQUIRED" => KnownCode::TransientConversationRequired,
    "TRY_AGAIN_LATER" => KnownCode::TryAgainLater,
    "UNAUTHORIZED" => KnownCode::Unauthorized,
    "UNBIND_INSTALLATION_FAILED" => KnownCode::UnbindInstallationFailed,
    "UNDERLYING_ERROR" => KnownCode::UnderlyingError,
    "UNKNOWN" => KnownCode::GeneralUnknown,
    "UNKNOWN_CONVERSATION_ROLE" => KnownCode::UnknownConversationRole,
    "UNPARSEABLE_RAW_MESSAGE" => KnownCode::UnparseableRawMessage,
    "UNPARSEABLE_RAW_MSG" => KnownCode::UnparseableRawMessage,
    "UNSUPPORTED_DATA" => KnownCode::UnsupportedData,
    "UPDATING_MESSAGE_NOT_ALLOWED" => KnownCode::UpdatingMessageNotAllowed,
    "UPDATING_MESSAGE_NOT_SENT" => KnownCode::UpdatingMessageNotSent,
};

#[derive(strum_0_28::EnumString)]
#[strum(crate = "strum_0_28")]
pub enum StrumName {
    #[strum(serialize = "NONE")]
    NoCode,
    #[strum(serialize = "INTERNAL_SERVER_ERROR")]
    InternalServerError,
    #[strum(serialize = "CONNECTION_FAILED")]
    ConnectionFailed,
    #[strum(serialize = "INVALID_QUERY")]
    InvalidQuery,
    #[strum(serialize = "OPERATION_FORBIDDEN")]
    OperationForbidden,
    #[strum(serialize = "CACHE_MISS")]
    CacheMiss,
    #[strum(serialize = "TIMEOUT")]
    GeneralTimeout,
    #[strum(serialize = "UNKNOWN")]
    GeneralUnknown,
    #[strum(serialize = "NORMAL_CLOSURE", serialize = "CLOSE_NORMAL")]
    NormalClosure,
    #[strum(serialize = "GOING_AWAY", serialize = "CLOSE_GOING_AWAY")]
    GoingAway,
    #[strum(serialize = "PROTOCOL_ERROR", serialize = "CLOSE_PROTOCOL_ERROR")]
    ProtocolError,
    #[strum(serialize = "UNSUPPORTED_DATA", serialize = "CLOSE_UNSUPPORTED")]
    UnsupportedData,
    #[strum(serialize = "RESERVED")]
    Reserved,
    #[strum(serialize = "NO_STATUS_RCVD", serialize = "CLOSE_NO_STATUS", serialize = "CLOSED_NO_STATUS")]
    NoStatusRcvd,
    #[strum(serialize = "ABNORMAL_CLOSURE", serialize = "CLOSE_ABNORMAL")]
    AbnormalClosure,
    #[strum(serialize = "INVALID_FRAME_PAYLOAD_DATA", serialize = "CLOSE_UNSUPPORTED_PAYLOAD")]
    InvalidFramePayloadData,
    #[strum(serialize = "POLICY_VIOLATION", serialize = "CLOSE_POLICY_VIOLATION")]
    PolicyViolation,
    #[strum(serialize = "MESSAGE_TOO_BIG", serialize = "CLOSE_TOO_LARGE")]
    MessageTooBig,
    #[strum(serialize = "MANDATORY_EXT", serialize = "CLOSE_MANDATORY_EXTENSION")]
    MandatoryExt,
    #[strum(serialize = "INTERNAL_ERROR", serialize = "CLOSE_SERVER_ERROR")]
    WebSocketInternalError,
    #[strum(serialize = "SERVICE_RESTART", serialize = "CLOSE_SERVICE_RESTART")]
    ServiceRestart,
    #[strum(serialize = "TRY_AGAIN_LATER", serialize = "CLOSE_TRY_AGAIN_LATER")]
    TryAgainLater,
    #[strum(serialize = "BAD_GATEWAY", serialize = "CLOSE_BAD_GATEWAY")]
    BadGateway,
    #[strum(serialize = "TLS_HANDSHAKE", serialize = "CLOSE_TLS_FAIL")]
    TlsHandshake,
    #[strum(serialize = "UNAUTHORIZED")]
    Unauthorized,
    #[strum(serialize = "FORBIDDEN")]
    Forbidden,
    #[strum(disabled)]
    WebSocketTimeout,
    #[strum(serialize = "APP_NOT_AVAILABLE")]
    AppNotAvailable,
    #[strum(serialize = "DUPLICATED_LOGIN")]
    DuplicatedLogin,
    #[strum(serialize = "SIGNATURE_FAILED")]
    SignatureFailed,
    #[strum(serialize = "INVALID_LOGIN")]
    InvalidLogin,
    #[strum(serialize = "SESSION_REQUIRED")]
    SessionRequired,
    #[strum(serialize = "BLACKLISTED")]
    Blacklisted,
    #[strum(serialize = "READ_TIMEOUT")]
    ReadTimeout,
    #[strum(serialize = "LOGIN_TIMEOUT")]
    LoginTimeout,
    #[strum(serialize = "FRAME_TOO_LONG")]
    FrameTooLong,
    #[strum(serialize = "INVALID_ORIGIN")]
    InvalidOrigin,
    #[strum(serialize = "SESSION_CONFLICT")]
    SessionConflict,
    #[strum(serialize = "SESSION_TOKEN_EXPIRED")]
    SessionTokenExpired,
    #[strum(serialize = "APP_QUOTA_EXCEEDED")]
    AppQuotaExceeded,
    #[strum(serialize = "UNPARSEABLE_RAW_MESSAGE", serialize = "UNPARSEABLE_RAW_MSG")]
    UnparseableRawMessage,
    #[strum(serialize = "KICKED_BY_APP")]
    KickedByApp,
    #[strum(serialize = "MESSAGE_SENT_QUOTA_EXCEEDED")]
    MessageSentQuotaExceeded,
    #[strum(serialize = "UNBIND_INSTALLATION_FAILED")]
    UnbindInstallationFailed,
    #[strum(disabled)]
    ImInternalError,
    #[strum(serialize = "SEND_MESSAGE_TIMEOUT")]
    SendMessageTimeout,
    #[strum(serialize = "CONVERSATION_INTERNAL_ERROR")]
    ConversationInternalError,
    #[strum(serialize = "CONVERSATION_API_FAILED")]
    ConversationApiFailed,
    #[strum(serialize = "CONVERSATION_SIGNATURE_FAILED")]
    ConversationSignatureFailed,
    #[strum(serialize = "CONVERSATION_NOT_FOUND")]
    ImConversationNotFound,
    #[strum(serialize = "CONVERSATION_FULL")]
    ConversationFull,
    #[strum(serialize = "CONVERSATION_REJECTED_BY_APP")]
    ConversationRejectedByApp,
    #[strum(serialize = "CONVERSATION_UPDATE_FAILED")]
    ConversationUpdateFailed,
    #[strum(serialize = "CONVERSATION_READ_ONLY")]
    ConversationReadOnly,
    #[strum(serialize = "CONVERSATION_NOT_ALLOWED")]
    ConversationNotAllowed,
    #[strum(serialize = "CONVERSATION_UPDATE_REJECTED")]
    ConversationUpdateRejected,
    #[strum(serialize = "CONVERSATION_QUERY_FAILED")]
    ConversationQueryFailed,
    #[strum(serialize = "CONVERSATION_LOG_FAILED")]
    ConversationLogFailed,
    #[strum(serialize = "CONVERSATION_LOG_REJECTED")]
    ConversationLogRejected,
    #[strum(serialize = "SYSTEM_CONVERSATION_REQUIRED")]
    SystemConversationRequired,
    #[strum(serialize = "NORMAL_CONVERSATION_REQUIRED")]
    NormalConversationRequired,
    #[strum(serialize = "CONVERSATION_TEMPORARY_BLACKLISTED", serialize = "CONVERSATION_BLACKLISTED")]
    ConversationTemporaryBlacklisted,
    #[strum(serialize = "TRANSIENT_CONVERSATION_REQUIRED")]
    TransientConversationRequired,
    #[strum(serialize = "CONVERSATION_MEMBERSHIP_REQUIRED")]
    ConversationMembershipRequired,
    #[strum(serialize = "CONVERSATION_API_QUOTA_EXCEEDED")]
    ConversationApiQuotaExceeded,
    #[strum(serialize = "CONVERSATION_OPERATION_UNAUTHORIZED")]
    ConversationOperationUnauthorized,
    #[strum(serialize = "UNKNOWN_CONVERSATION_ROLE")]
    UnknownConversationRole,
    #[strum(serialize = "CONVERSATION_MEMBER_IN_ROLE_FULL")]
    ConversationMemberInRoleFull,
    #[strum(serialize = "TEMPORARY_CONVERSATION_EXPIRED")]
    TemporaryConversationExpired,
    #[strum(serialize = "CONVERSATION_NEED_OWNER")]
    ConversationNeedOwner,
    #[strum(serialize = "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED")]
    ConversationMemberInfoFeatureDisabled,
    #[strum(serialize = "INVALID_MESSAGING_TARGET")]
    InvalidMessagingTarget,
    #[strum(serialize = "MESSAGE_REJECTED_BY_APP")]
    MessageRejectedByApp,
    #[strum(serialize = "MESSAGE_OWNERSHIP_REQUIRED")]
    MessageOwnershipRequired,
    #[strum(serialize = "MESSAGE_NOT_FOUND")]
    MessageNotFound,
    #[strum(serialize = "MESSAGE_UPDATE_REJECTED_BY_APP")]
    MessageUpdateRejectedByApp,
    #[strum(serialize = "MESSAGE_EDIT_DISABLED")]
    MessageEditDisabled,
    #[strum(serialize = "MESSAGE_RECALL_DISABLED")]
    MessageRecallDisabled,
    #[strum(serialize = "MESSAGE_MODIFIED_BY_CENSORSHIP")]
    MessageModifiedByCensorship,
    #[strum(serialize = "BLACKLIST_FULL")]
    BlacklistFull,
    #[strum(serialize = "BLACKLIST_FEATURE_DISABLED")]
    BlacklistFeatureDisabled,
    #[strum(serialize = "BLACKLIST_SIGNATURE_FAILED")]
    BlacklistSignatureFailed,
    #[strum(serialize = "BLOCKED_BY_CONV")]
    BlockedByConv,
    #[strum(serialize = "SILIENCED_MEMBER_LIST_FULL")]
    SiliencedMemberListFull,
    #[strum(serialize = "SILIENCED")]
    Silienced,
    #[strum(serialize = "OWNER_PROMOTION_NOT_ALLOWED")]
    JsOwnerPromotionNotAllowed,
    #[strum(serialize = "COMMAND_TIMEOUT")]
    CommandTimeout,
    #[strum(serialize = "CONNECTION_LOST")]
    ConnectionLost,
    #[strum(serialize = "CLIENT_NOT_OPEN")]
    ClientNotOpen,
    #[strum(serialize = "COMMAND_INVALID", serialize = "INVALID_COMMAND")]
    CommandInvalid,
    #[strum(serialize = "COMMAND_DATA_LENGTH_TOO_LONG")]
    CommandDataLengthTooLong,
    #[strum(disabled)]
    SdkConversationNotFound,
    #[strum(serialize = "UPDATING_MESSAGE_NOT_ALLOWED")]
    UpdatingMessageNotAllowed,
    #[strum(serialize = "UPDATING_MESSAGE_NOT_SENT")]
    UpdatingMessageNotSent,
    #[strum(disabled)]
    AppleOwnerPromotionNotAllowed,
    #[strum(serialize = "INVALID_STATE")]
    InvalidState,
    #[strum(serialize = "INVALID_PARAMETER")]
    InvalidParameter,
    #[strum(serialize = "NOT_FOUND")]
    NotFound,
    #[strum(serialize = "INVALID_TYPE")]
    InvalidType,
    #[strum(serialize = "MALFORMED_DATA")]
    MalformedData,
    #[strum(serialize = "INCONSISTENCY")]
    Inconsistency,
    #[strum(serialize = "UNDERLYING_ERROR")]
    UnderlyingError,
}

impl StrumName {
    pub fn known(self) -> KnownCode {
        match self {
            StrumName::NoCode => KnownCode::NoCode,
            StrumName::InternalServerError => KnownCode::InternalServerError,
            StrumName::ConnectionFailed => KnownCode::ConnectionFailed,
            StrumName::InvalidQuery => KnownCode::InvalidQuery,
            StrumName::OperationForbidden => KnownCode::OperationForbidden,
            StrumName::CacheMiss => KnownCode::CacheMiss,
            StrumName::GeneralTimeout => KnownCode::GeneralTimeout,
            StrumName::GeneralUnknown => KnownCode::GeneralUnknown,
            StrumName::NormalClosure => KnownCode::NormalClosure,
            StrumName::GoingAway => KnownCode::GoingAway,
            StrumName::ProtocolError => KnownCode::ProtocolError,
            StrumName::UnsupportedData => KnownCode::UnsupportedData,
            StrumName::Reserved => KnownCode::Reserved,
            StrumName::NoStatusRcvd => KnownCode::NoStatusRcvd,
            StrumName::AbnormalClosure => KnownCode::AbnormalClosure,
            StrumName::InvalidFramePayloadData => KnownCode::InvalidFramePayloadData,
            StrumName::PolicyViolation => KnownCode::PolicyViolation,
            StrumName::MessageTooBig => KnownCode::MessageTooBig,
            StrumName::MandatoryExt => KnownCode::MandatoryExt,
            StrumName::WebSocketInternalError => KnownCode::WebSocketInternalError,
            StrumName::ServiceRestart => KnownCode::ServiceRestart,
            StrumName::TryAgainLater => KnownCode::TryAgainLater,
            StrumName::BadGateway => KnownCode::BadGateway,
            StrumName::TlsHandshake => KnownCode::TlsHandshake,
            StrumName::Unauthorized => KnownCode::Unauthorized,
            StrumName::Forbidden => KnownCode::Forbidden,
            StrumName::WebSocketTimeout => KnownCode::WebSocketTimeout,
            StrumName::AppNotAvailable => KnownCode::AppNotAvailable,
            StrumName::DuplicatedLogin => KnownCode::DuplicatedLogin,
            StrumName::SignatureFailed => KnownCode::SignatureFailed,
            StrumName::InvalidLogin => KnownCode::InvalidLogin,
            StrumName::SessionRequired => KnownCode::SessionRequired,
            StrumName::Blacklisted => KnownCode::Blacklisted,
            StrumName::ReadTimeout => KnownCode::ReadTimeout,
            StrumName::LoginTimeout => KnownCode::LoginTimeout,
            StrumName::FrameTooLong => KnownCode::FrameTooLong,
            StrumName::InvalidOrigin => KnownCode::InvalidOrigin,
            StrumName::SessionConflict => KnownCode::SessionConflict,
            StrumName::SessionTokenExpired => KnownCode::SessionTokenExpired,
            StrumName::AppQuotaExceeded => KnownCode::AppQuotaExceeded,
            StrumName::UnparseableRawMessage => KnownCode::UnparseableRawMessage,
            StrumName::KickedByApp => KnownCode::KickedByApp,
            StrumName::MessageSentQuotaExceeded => KnownCode::MessageSentQuotaExceeded,
            StrumName::UnbindInstallationFailed => KnownCode::UnbindInstallationFailed,
            StrumName::ImInternalError => KnownCode::ImInternalError,
            StrumName::SendMessageTimeout => KnownCode::SendMessageTimeout,
            StrumName::ConversationInternalError => KnownCode::ConversationInternalError,
            StrumName::ConversationApiFailed => KnownCode::ConversationApiFailed,
            StrumName::ConversationSignatureFailed => KnownCode::ConversationSignatureFailed,
            StrumName::ImConversationNotFound => KnownCode::ImConversationNotFound,
            StrumName::ConversationFull => KnownCode::ConversationFull,
            StrumName::ConversationRejectedByApp => KnownCode::ConversationRejectedByApp,
            StrumName::ConversationUpdateFailed => KnownCode::ConversationUpdateFailed,
            StrumName::ConversationReadOnly => KnownCode::ConversationReadOnly,
            StrumName::ConversationNotAllowed => KnownCode::ConversationNotAllowed,
            StrumName::ConversationUpdateRejected => KnownCode::ConversationUpdateRejected,
            StrumName::ConversationQueryFailed => KnownCode::ConversationQueryFailed,
            StrumName::ConversationLogFailed => KnownCode::ConversationLogFailed,
            StrumName::ConversationLogRejected => KnownCode::ConversationLogRejected,
            StrumName::SystemConversationRequired => KnownCode::SystemConversationRequired,
            StrumName::NormalConversationRequired => KnownCode::NormalConversationRequired,
            StrumName::ConversationTemporaryBlacklisted => KnownCode::ConversationTemporaryBlacklisted,
            StrumName::TransientConversationRequired => KnownCode::TransientConversationRequired,
            StrumName::ConversationMembershipRequired => KnownCode::ConversationMembershipRequired,
            StrumName::ConversationApiQuotaExceeded => KnownCode::ConversationApiQuotaExceeded,
            StrumName::ConversationOperationUnauthorized => KnownCode::ConversationOperationUnauthorized,
            StrumName::UnknownConversationRole => KnownCode::UnknownConversationRole,
            StrumName::ConversationMemberInRoleFull => KnownCode::ConversationMemberInRoleFull,
            StrumName::TemporaryConversationExpired => KnownCode::TemporaryConversationExpired,
            StrumName::ConversationNeedOwner => KnownCode::ConversationNeedOwner,
            StrumName::ConversationMemberInfoFeatureDisabled => KnownCode::ConversationMemberInfoFeatureDisabled,
            StrumName::InvalidMessagingTarget => KnownCode::InvalidMessagingTarget,
            StrumName::MessageRejectedByApp => KnownCode::MessageRejectedByApp,
            StrumName::MessageOwnershipRequired => KnownCode::MessageOwnershipRequired,
            StrumName::MessageNotFound => KnownCode::MessageNotFound,
            StrumName::MessageUpdateRejectedByApp => KnownCode::MessageUpdateRejectedByApp,
            StrumName::MessageEditDisabled => KnownCode::MessageEditDisabled,
            StrumName::MessageRecallDisabled => KnownCode::MessageRecallDisabled,
            StrumName::MessageModifiedByCensorship => KnownCode::MessageModifiedByCensorship,
            StrumName::BlacklistFull => KnownCode::BlacklistFull,
            StrumName::BlacklistFeatureDisabled => KnownCode::BlacklistFeatureDisabled,
            StrumName::BlacklistSignatureFailed => KnownCode::BlacklistSignatureFailed,
            StrumName::BlockedByConv => KnownCode::BlockedByConv,
            StrumName::SiliencedMemberListFull => KnownCode::SiliencedMemberListFull,
            StrumName::Silienced => KnownCode::Silienced,
            StrumName::JsOwnerPromotionNotAllowed => KnownCode::JsOwnerPromotionNotAllowed,
            StrumName::CommandTimeout => KnownCode::CommandTimeout,
            StrumName::ConnectionLost => KnownCode::ConnectionLost,
            StrumName::ClientNotOpen => KnownCode::ClientNotOpen,
            StrumName::CommandInvalid => KnownCode::CommandInvalid,
            StrumName::CommandDataLengthTooLong => KnownCode::CommandDataLengthTooLong,
            StrumName::SdkConversationNotFound => KnownCode::SdkConversationNotFound,
            StrumName::UpdatingMessageNotAllowed => KnownCode::UpdatingMessageNotAllowed,
            StrumName::UpdatingMessageNotSent => KnownCode::UpdatingMessageNotSent,
            StrumName::AppleOwnerPromotionNotAllowed => KnownCode::AppleOwnerPromotionNotAllowed,
            StrumName::InvalidState => KnownCode::InvalidState,
            StrumName::InvalidParameter => KnownCode::InvalidParameter,
            StrumName::NotFound => KnownCode::NotFound,
            StrumName::InvalidType => KnownCode::InvalidType,
            StrumName::MalformedData => KnownCode::MalformedData,
            StrumName::Inconsistency => KnownCode::Inconsistency,
            StrumName::UnderlyingError => KnownCode::UnderlyingError,
        }
    }
}

#[derive(strum_0_28::EnumString)]
#[strum(crate = "strum_0_28")]
#[strum(ascii_case_insensitive)]
pub enum StrumNameIgnoreCase {
    #[strum(serialize = "NONE")]
    NoCode,
    #[strum(serialize = "INTERNAL_SERVER_ERROR")]
    InternalServerError,
    #[strum(serialize = "CONNECTION_FAILED")]
    ConnectionFailed,
    #[strum(serialize = "INVALID_QUERY")]
    InvalidQuery,
    #[strum(serialize = "OPERATION_FORBIDDEN")]
    OperationForbidden,
    #[strum(serialize = "CACHE_MISS")]
    CacheMiss,
    #[strum(serialize = "TIMEOUT")]
    GeneralTimeout,
    #[strum(serialize = "UNKNOWN")]
    GeneralUnknown,
    #[strum(serialize = "NORMAL_CLOSURE", serialize = "CLOSE_NORMAL")]
    NormalClosure,
    #[strum(serialize = "GOING_AWAY", serialize = "CLOSE_GOING_AWAY")]
    GoingAway,
    #[strum(serialize = "PROTOCOL_ERROR", serialize = "CLOSE_PROTOCOL_ERROR")]
    ProtocolError,
    #[strum(serialize = "UNSUPPORTED_DATA", serialize = "CLOSE_UNSUPPORTED")]
    UnsupportedData,
    #[strum(serialize = "RESERVED")]
    Reserved,
    #[strum(serialize = "NO_STATUS_RCVD", serialize = "CLOSE_NO_STATUS", serialize = "CLOSED_NO_STATUS")]
    NoStatusRcvd,
    #[strum(serialize = "ABNORMAL_CLOSURE", serialize = "CLOSE_ABNORMAL")]
    AbnormalClosure,
    #[strum(serialize = "INVALID_FRAME_PAYLOAD_DATA", serialize = "CLOSE_UNSUPPORTED_PAYLOAD")]
    InvalidFramePayloadData,
    #[strum(serialize = "POLICY_VIOLATION", serialize = "CLOSE_POLICY_VIOLATION")]
    PolicyViolation,
    #[strum(serialize = "MESSAGE_TOO_BIG", serialize = "CLOSE_TOO_LARGE")]
    MessageTooBig,
    #[strum(serialize = "MANDATORY_EXT", serialize = "CLOSE_MANDATORY_EXTENSION")]
    MandatoryExt,
    #[strum(serialize = "INTERNAL_ERROR", serialize = "CLOSE_SERVER_ERROR")]
    WebSocketInternalError,
    #[strum(serialize = "SERVICE_RESTART", serialize = "CLOSE_SERVICE_RESTART")]
    ServiceRestart,
    #[strum(serialize = "TRY_AGAIN_LATER", serialize = "CLOSE_TRY_AGAIN_LATER")]
    TryAgainLater,
    #[strum(serialize = "BAD_GATEWAY", serialize = "CLOSE_BAD_GATEWAY")]
    BadGateway,
    #[strum(serialize = "TLS_HANDSHAKE", serialize = "CLOSE_TLS_FAIL")]
    TlsHandshake,
    #[strum(serialize = "UNAUTHORIZED")]
    Unauthorized,
    #[strum(serialize = "FORBIDDEN")]
    Forbidden,
    #[strum(disabled)]
    WebSocketTimeout,
    #[strum(serialize = "APP_NOT_AVAILABLE")]
    AppNotAvailable,
    #[strum(serialize = "DUPLICATED_LOGIN")]
    DuplicatedLogin,
    #[strum(serialize = "SIGNATURE_FAILED")]
    SignatureFailed,
    #[strum(serialize = "INVALID_LOGIN")]
    InvalidLogin,
    #[strum(serialize = "SESSION_REQUIRED")]
    SessionRequired,
    #[strum(serialize = "BLACKLISTED")]
    Blacklisted,
    #[strum(serialize = "READ_TIMEOUT")]
    ReadTimeout,
    #[strum(serialize = "LOGIN_TIMEOUT")]
    LoginTimeout,
    #[strum(serialize = "FRAME_TOO_LONG")]
    FrameTooLong,
    #[strum(serialize = "INVALID_ORIGIN")]
    InvalidOrigin,
    #[strum(serialize = "SESSION_CONFLICT")]
    SessionConflict,
    #[strum(serialize = "SESSION_TOKEN_EXPIRED")]
    SessionTokenExpired,
    #[strum(serialize = "APP_QUOTA_EXCEEDED")]
    AppQuotaExceeded,
    #[strum(serialize = "UNPARSEABLE_RAW_MESSAGE", serialize = "UNPARSEABLE_RAW_MSG")]
    UnparseableRawMessage,
    #[strum(serialize = "KICKED_BY_APP")]
    KickedByApp,
    #[strum(serialize = "MESSAGE_SENT_QUOTA_EXCEEDED")]
    MessageSentQuotaExceeded,
    #[strum(serialize = "UNBIND_INSTALLATION_FAILED")]
    UnbindInstallationFailed,
    #[strum(disabled)]
    ImInternalError,
    #[strum(serialize = "SEND_MESSAGE_TIMEOUT")]
    SendMessageTimeout,
    #[strum(serialize = "CONVERSATION_INTERNAL_ERROR")]
    ConversationInternalError,
    #[strum(serialize = "CONVERSATION_API_FAILED")]
    ConversationApiFailed,
    #[strum(serialize = "CONVERSATION_SIGNATURE_FAILED")]
    ConversationSignatureFailed,
    #[strum(serialize = "CONVERSATION_NOT_FOUND")]
    ImConversationNotFound,
    #[strum(serialize = "CONVERSATION_FULL")]
    ConversationFull,
    #[strum(serialize = "CONVERSATION_REJECTED_BY_APP")]
    ConversationRejectedByApp,
    #[strum(serialize = "CONVERSATION_UPDATE_FAILED")]
    ConversationUpdateFailed,
    #[strum(serialize = "CONVERSATION_READ_ONLY")]
    ConversationReadOnly,
    #[strum(serialize = "CONVERSATION_NOT_ALLOWED")]
    ConversationNotAllowed,
    #[strum(serialize = "CONVERSATION_UPDATE_REJECTED")]
    ConversationUpdateRejected,
    #[strum(serialize = "CONVERSATION_QUERY_FAILED")]
    ConversationQueryFailed,
    #[strum(serialize = "CONVERSATION_LOG_FAILED")]
    ConversationLogFailed,
    #[strum(serialize = "CONVERSATION_LOG_REJECTED")]
    ConversationLogRejected,
    #[strum(serialize = "SYSTEM_CONVERSATION_REQUIRED")]
    SystemConversationRequired,
    #[strum(serialize = "NORMAL_CONVERSATION_REQUIRED")]
    NormalConversationRequired,
    #[strum(serialize = "CONVERSATION_TEMPORARY_BLACKLISTED", serialize = "CONVERSATION_BLACKLISTED")]
    ConversationTemporaryBlacklisted,
    #[strum(serialize = "TRANSIENT_CONVERSATION_REQUIRED")]
    TransientConversationRequired,
    #[strum(serialize = "CONVERSATION_MEMBERSHIP_REQUIRED")]
    ConversationMembershipRequired,
    #[strum(serialize = "CONVERSATION_API_QUOTA_EXCEEDED")]
    ConversationApiQuotaExceeded,
    #[strum(serialize = "CONVERSATION_OPERATION_UNAUTHORIZED")]
    ConversationOperationUnauthorized,
    #[strum(serialize = "UNKNOWN_CONVERSATION_ROLE")]
    UnknownConversationRole,
    #[strum(serialize = "CONVERSATION_MEMBER_IN_ROLE_FULL")]
    ConversationMemberInRoleFull,
    #[strum(serialize = "TEMPORARY_CONVERSATION_EXPIRED")]
    TemporaryConversationExpired,
    #[strum(serialize = "CONVERSATION_NEED_OWNER")]
    ConversationNeedOwner,
    #[strum(serialize = "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED")]
    ConversationMemberInfoFeatureDisabled,
    #[strum(serialize = "INVALID_MESSAGING_TARGET")]
    InvalidMessagingTarget,
    #[strum(serialize = "MESSAGE_REJECTED_BY_APP")]
    MessageRejectedByApp,
    #[strum(serialize = "MESSAGE_OWNERSHIP_REQUIRED")]
    MessageOwnershipRequired,
    #[strum(serialize = "MESSAGE_NOT_FOUND")]
    MessageNotFound,
    #[strum(serialize = "MESSAGE_UPDATE_REJECTED_BY_APP")]
    MessageUpdateRejectedByApp,
    #[strum(serialize = "MESSAGE_EDIT_DISABLED")]
    MessageEditDisabled,
    #[strum(serialize = "MESSAGE_RECALL_DISABLED")]
    MessageRecallDisabled,
    #[strum(serialize = "MESSAGE_MODIFIED_BY_CENSORSHIP")]
    MessageModifiedByCensorship,
    #[strum(serialize = "BLACKLIST_FULL")]
    BlacklistFull,
    #[strum(serialize = "BLACKLIST_FEATURE_DISABLED")]
    BlacklistFeatureDisabled,
    #[strum(serialize = "BLACKLIST_SIGNATURE_FAILED")]
    BlacklistSignatureFailed,
    #[strum(serialize = "BLOCKED_BY_CONV")]
    BlockedByConv,
    #[strum(serialize = "SILIENCED_MEMBER_LIST_FULL")]
    SiliencedMemberListFull,
    #[strum(serialize = "SILIENCED")]
    Silienced,
    #[strum(serialize = "OWNER_PROMOTION_NOT_ALLOWED")]
    JsOwnerPromotionNotAllowed,
    #[strum(serialize = "COMMAND_TIMEOUT")]
    CommandTimeout,
    #[strum(serialize = "CONNECTION_LOST")]
    ConnectionLost,
    #[strum(serialize = "CLIENT_NOT_OPEN")]
    ClientNotOpen,
    #[strum(serialize = "COMMAND_INVALID", serialize = "INVALID_COMMAND")]
    CommandInvalid,
    #[strum(serialize = "COMMAND_DATA_LENGTH_TOO_LONG")]
    CommandDataLengthTooLong,
    #[strum(disabled)]
    SdkConversationNotFound,
    #[strum(serialize = "UPDATING_MESSAGE_NOT_ALLOWED")]
    UpdatingMessageNotAllowed,
    #[strum(serialize = "UPDATING_MESSAGE_NOT_SENT")]
    UpdatingMessageNotSent,
    #[strum(disabled)]
    AppleOwnerPromotionNotAllowed,
    #[strum(serialize = "INVALID_STATE")]
    InvalidState,
    #[strum(serialize = "INVALID_PARAMETER")]
    InvalidParameter,
    #[strum(serialize = "NOT_FOUND")]
    NotFound,
    #[strum(serialize = "INVALID_TYPE")]
    InvalidType,
    #[strum(serialize = "MALFORMED_DATA")]
    MalformedData,
    #[strum(serialize = "INCONSISTENCY")]
    Inconsistency,
    #[strum(serialize = "UNDERLYING_ERROR")]
    UnderlyingError,
}

impl StrumNameIgnoreCase {
    pub fn known(self) -> KnownCode {
        match self {
            StrumNameIgnoreCase::NoCode => KnownCode::NoCode,
            StrumNameIgnoreCase::InternalServerError => KnownCode::InternalServerError,
            StrumNameIgnoreCase::ConnectionFailed => KnownCode::ConnectionFailed,
            StrumNameIgnoreCase::InvalidQuery => KnownCode::InvalidQuery,
            StrumNameIgnoreCase::OperationForbidden => KnownCode::OperationForbidden,
            StrumNameIgnoreCase::CacheMiss => KnownCode::CacheMiss,
            StrumNameIgnoreCase::GeneralTimeout => KnownCode::GeneralTimeout,
            StrumNameIgnoreCase::GeneralUnknown => KnownCode::GeneralUnknown,
            StrumNameIgnoreCase::NormalClosure => KnownCode::NormalClosure,
            StrumNameIgnoreCase::GoingAway => KnownCode::GoingAway,
            StrumNameIgnoreCase::ProtocolError => KnownCode::ProtocolError,
            StrumNameIgnoreCase::UnsupportedData => KnownCode::UnsupportedData,
            StrumNameIgnoreCase::Reserved => KnownCode::Reserved,
            StrumNameIgnoreCase::NoStatusRcvd => KnownCode::NoStatusRcvd,
            StrumNameIgnoreCase::AbnormalClosure => KnownCode::AbnormalClosure,
            StrumNameIgnoreCase::InvalidFramePayloadData => KnownCode::InvalidFramePayloadData,
            StrumNameIgnoreCase::PolicyViolation => KnownCode::PolicyViolation,
            StrumNameIgnoreCase::MessageTooBig => KnownCode::MessageTooBig,
            StrumNameIgnoreCase::MandatoryExt => KnownCode::MandatoryExt,
            StrumNameIgnoreCase::WebSocketInternalError => KnownCode::WebSocketInternalError,
            StrumNameIgnoreCase::ServiceRestart => KnownCode::ServiceRestart,
            StrumNameIgnoreCase::TryAgainLater => KnownCode::TryAgainLater,
            StrumNameIgnoreCase::BadGateway => KnownCode::BadGateway,
            StrumNameIgnoreCase::TlsHandshake => KnownCode::TlsHandshake,
            StrumNameIgnoreCase::Unauthorized => KnownCode::Unauthorized,
            StrumNameIgnoreCase::Forbidden => KnownCode::Forbidden,
            StrumNameIgnoreCase::WebSocketTimeout => KnownCode::WebSocketTimeout,
            StrumNameIgnoreCase::AppNotAvailable => KnownCode::AppNotAvailable,
            StrumNameIgnoreCase::DuplicatedLogin => KnownCode::DuplicatedLogin,
            StrumNameIgnoreCase::SignatureFailed => KnownCode::SignatureFailed,
            StrumNameIgnoreCase::InvalidLogin => KnownCode::InvalidLogin,
            StrumNameIgnoreCase::SessionRequired => KnownCode::SessionRequired,
            StrumNameIgnoreCase::Blacklisted => KnownCode::Blacklisted,
            StrumNameIgnoreCase::ReadTimeout => KnownCode::ReadTimeout,
            StrumNameIgnoreCase::LoginTimeout => KnownCode::LoginTimeout,
            StrumNameIgnoreCase::FrameTooLong => KnownCode::FrameTooLong,
            StrumNameIgnoreCase::InvalidOrigin => KnownCode::InvalidOrigin,
            StrumNameIgnoreCase::SessionConflict => KnownCode::SessionConflict,
            StrumNameIgnoreCase::SessionTokenExpired => KnownCode::SessionTokenExpired,
            StrumNameIgnoreCase::AppQuotaExceeded => KnownCode::AppQuotaExceeded,
            StrumNameIgnoreCase::UnparseableRawMessage => KnownCode::UnparseableRawMessage,
            StrumNameIgnoreCase::KickedByApp => KnownCode::KickedByApp,
            StrumNameIgnoreCase::MessageSentQuotaExceeded => KnownCode::MessageSentQuotaExceeded,
            StrumNameIgnoreCase::UnbindInstallationFailed => KnownCode::UnbindInstallationFailed,
            StrumNameIgnoreCase::ImInternalError => KnownCode::ImInternalError,
            StrumNameIgnoreCase::SendMessageTimeout => KnownCode::SendMessageTimeout,
            StrumNameIgnoreCase::ConversationInternalError => KnownCode::ConversationInternalError,
            StrumNameIgnoreCase::ConversationApiFailed => KnownCode::ConversationApiFailed,
            StrumNameIgnoreCase::ConversationSignatureFailed => KnownCode::ConversationSignatureFailed,
            StrumNameIgnoreCase::ImConversationNotFound => KnownCode::ImConversationNotFound,
            StrumNameIgnoreCase::ConversationFull => KnownCode::ConversationFull,
            StrumNameIgnoreCase::ConversationRejectedByApp => KnownCode::ConversationRejectedByApp,
            StrumNameIgnoreCase::ConversationUpdateFailed => KnownCode::ConversationUpdateFailed,
            StrumNameIgnoreCase::ConversationReadOnly => KnownCode::ConversationReadOnly,
            StrumNameIgnoreCase::ConversationNotAllowed => KnownCode::ConversationNotAllowed,
            StrumNameIgnoreCase::ConversationUpdateRejected => KnownCode::ConversationUpdateRejected,
            StrumNameIgnoreCase::ConversationQueryFailed => KnownCode::ConversationQueryFailed,
            StrumNameIgnoreCase::ConversationLogFailed => KnownCode::ConversationLogFailed,
            StrumNameIgnoreCase::ConversationLogRejected => KnownCode::ConversationLogRejected,
            StrumNameIgnoreCase::SystemConversationRequired => KnownCode::SystemConversationRequired,
            StrumNameIgnoreCase::NormalConversationRequired => KnownCode::NormalConversationRequired,
            StrumNameIgnoreCase::ConversationTemporaryBlacklisted => KnownCode::ConversationTemporaryBlacklisted,
            StrumNameIgnoreCase::TransientConversationRequired => KnownCode::TransientConversationRequired,
            StrumNameIgnoreCase::ConversationMembershipRequired => KnownCode::ConversationMembershipRequired,
            StrumNameIgnoreCase::ConversationApiQuotaExceeded => KnownCode::ConversationApiQuotaExceeded,
            StrumNameIgnoreCase::ConversationOperationUnauthorized => KnownCode::ConversationOperationUnauthorized,
            StrumNameIgnoreCase::UnknownConversationRole => KnownCode::UnknownConversationRole,
            StrumNameIgnoreCase::ConversationMemberInRoleFull => KnownCode::ConversationMemberInRoleFull,
            StrumNameIgnoreCase::TemporaryConversationExpired => KnownCode::TemporaryConversationExpired,
            StrumNameIgnoreCase::ConversationNeedOwner => KnownCode::ConversationNeedOwner,
            StrumNameIgnoreCase::ConversationMemberInfoFeatureDisabled => KnownCode::ConversationMemberInfoFeatureDisabled,
            StrumNameIgnoreCase::InvalidMessagingTarget => KnownCode::InvalidMessagingTarget,
            StrumNameIgnoreCase::MessageRejectedByApp => KnownCode::MessageRejectedByApp,
            StrumNameIgnoreCase::MessageOwnershipRequired => KnownCode::MessageOwnershipRequired,
            StrumNameIgnoreCase::MessageNotFound => KnownCode::MessageNotFound,
            StrumNameIgnoreCase::MessageUpdateRejectedByApp => KnownCode::MessageUpdateRejectedByApp,
            StrumNameIgnoreCase::MessageEditDisabled => KnownCode::MessageEditDisabled,
            StrumNameIgnoreCase::MessageRecallDisabled => KnownCode::MessageRecallDisabled,
            StrumNameIgnoreCase::MessageModifiedByCensorship => KnownCode::MessageModifiedByCensorship,
            StrumNameIgnoreCase::BlacklistFull => KnownCode::BlacklistFull,
            StrumNameIgnoreCase::BlacklistFeatureDisabled => KnownCode::BlacklistFeatureDisabled,
            StrumNameIgnoreCase::BlacklistSignatureFailed => KnownCode::BlacklistSignatureFailed,
            StrumNameIgnoreCase::BlockedByConv => KnownCode::BlockedByConv,
            StrumNameIgnoreCase::SiliencedMemberListFull => KnownCode::SiliencedMemberListFull,
            StrumNameIgnoreCase::Silienced => KnownCode::Silienced,
            StrumNameIgnoreCase::JsOwnerPromotionNotAllowed => KnownCode::JsOwnerPromotionNotAllowed,
            StrumNameIgnoreCase::CommandTimeout => KnownCode::CommandTimeout,
            StrumNameIgnoreCase::ConnectionLost => KnownCode::ConnectionLost,
            StrumNameIgnoreCase::ClientNotOpen => KnownCode::ClientNotOpen,
            StrumNameIgnoreCase::CommandInvalid => KnownCode::CommandInvalid,
            StrumNameIgnoreCase::CommandDataLengthTooLong => KnownCode::CommandDataLengthTooLong,
            StrumNameIgnoreCase::SdkConversationNotFound => KnownCode::SdkConversationNotFound,
            StrumNameIgnoreCase::UpdatingMessageNotAllowed => KnownCode::UpdatingMessageNotAllowed,
            StrumNameIgnoreCase::UpdatingMessageNotSent => KnownCode::UpdatingMessageNotSent,
            StrumNameIgnoreCase::AppleOwnerPromotionNotAllowed => KnownCode::AppleOwnerPromotionNotAllowed,
            StrumNameIgnoreCase::InvalidState => KnownCode::InvalidState,
            StrumNameIgnoreCase::InvalidParameter => KnownCode::InvalidParameter,
            StrumNameIgnoreCase::NotFound => KnownCode::NotFound,
            StrumNameIgnoreCase::InvalidType => KnownCode::InvalidType,
            StrumNameIgnoreCase::MalformedData => KnownCode::MalformedData,
            StrumNameIgnoreCase::Inconsistency => KnownCode::Inconsistency,
            StrumNameIgnoreCase::UnderlyingError => KnownCode::UnderlyingError,
        }
    }
}

