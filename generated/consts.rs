// @generated from codes.toml by build/ (inputs 8dd555231667411c97223d05a6aabed4, body 172e8848f2b7afc7b1b07c10d515ff97). Edit codes.toml, then run `BLESS=1 cargo test --test codes_toml` to update generated/.

/// A constant per known code, named like the code (by its variant where two codes share
/// a name), for `match` on a [`Code`] that may be unknown.
impl Code {
    /// 0 `NONE`.
    pub const NO_CODE: Code = Code::new(0);
    /// 1 `INTERNAL_SERVER_ERROR`.
    pub const INTERNAL_SERVER_ERROR: Code = Code::new(1);
    /// 100 `CONNECTION_FAILED`.
    pub const CONNECTION_FAILED: Code = Code::new(100);
    /// 102 `INVALID_QUERY`.
    pub const INVALID_QUERY: Code = Code::new(102);
    /// 119 `OPERATION_FORBIDDEN`.
    pub const OPERATION_FORBIDDEN: Code = Code::new(119);
    /// 120 `CACHE_MISS`.
    pub const CACHE_MISS: Code = Code::new(120);
    /// 124 `TIMEOUT`.
    pub const GENERAL_TIMEOUT: Code = Code::new(124);
    /// 999 `UNKNOWN`.
    pub const GENERAL_UNKNOWN: Code = Code::new(999);
    /// 1000 `NORMAL_CLOSURE`.
    pub const NORMAL_CLOSURE: Code = Code::new(1000);
    /// 1001 `GOING_AWAY`.
    pub const GOING_AWAY: Code = Code::new(1001);
    /// 1002 `PROTOCOL_ERROR`.
    pub const PROTOCOL_ERROR: Code = Code::new(1002);
    /// 1003 `UNSUPPORTED_DATA`.
    pub const UNSUPPORTED_DATA: Code = Code::new(1003);
    /// 1004 `RESERVED`.
    pub const RESERVED: Code = Code::new(1004);
    /// 1005 `NO_STATUS_RCVD`.
    pub const NO_STATUS_RCVD: Code = Code::new(1005);
    /// 1006 `ABNORMAL_CLOSURE`.
    pub const ABNORMAL_CLOSURE: Code = Code::new(1006);
    /// 1007 `INVALID_FRAME_PAYLOAD_DATA`.
    pub const INVALID_FRAME_PAYLOAD_DATA: Code = Code::new(1007);
    /// 1008 `POLICY_VIOLATION`.
    pub const POLICY_VIOLATION: Code = Code::new(1008);
    /// 1009 `MESSAGE_TOO_BIG`.
    pub const MESSAGE_TOO_BIG: Code = Code::new(1009);
    /// 1010 `MANDATORY_EXT`.
    pub const MANDATORY_EXT: Code = Code::new(1010);
    /// 1011 `INTERNAL_ERROR`.
    pub const WEB_SOCKET_INTERNAL_ERROR: Code = Code::new(1011);
    /// 1012 `SERVICE_RESTART`.
    pub const SERVICE_RESTART: Code = Code::new(1012);
    /// 1013 `TRY_AGAIN_LATER`.
    pub const TRY_AGAIN_LATER: Code = Code::new(1013);
    /// 1014 `BAD_GATEWAY`.
    pub const BAD_GATEWAY: Code = Code::new(1014);
    /// 1015 `TLS_HANDSHAKE`.
    pub const TLS_HANDSHAKE: Code = Code::new(1015);
    /// 3000 `UNAUTHORIZED`.
    pub const UNAUTHORIZED: Code = Code::new(3000);
    /// 3003 `FORBIDDEN`.
    pub const FORBIDDEN: Code = Code::new(3003);
    /// 3008 `TIMEOUT`.
    pub const WEB_SOCKET_TIMEOUT: Code = Code::new(3008);
    /// 4100 `APP_NOT_AVAILABLE`.
    pub const APP_NOT_AVAILABLE: Code = Code::new(4100);
    /// 4101 `DUPLICATED_LOGIN`.
    pub const DUPLICATED_LOGIN: Code = Code::new(4101);
    /// 4102 `SIGNATURE_FAILED`.
    pub const SIGNATURE_FAILED: Code = Code::new(4102);
    /// 4103 `INVALID_LOGIN`.
    pub const INVALID_LOGIN: Code = Code::new(4103);
    /// 4105 `SESSION_REQUIRED`.
    pub const SESSION_REQUIRED: Code = Code::new(4105);
    /// 4106 `BLACKLISTED`.
    pub const BLACKLISTED: Code = Code::new(4106);
    /// 4107 `READ_TIMEOUT`.
    pub const READ_TIMEOUT: Code = Code::new(4107);
    /// 4108 `LOGIN_TIMEOUT`.
    pub const LOGIN_TIMEOUT: Code = Code::new(4108);
    /// 4109 `FRAME_TOO_LONG`.
    pub const FRAME_TOO_LONG: Code = Code::new(4109);
    /// 4110 `INVALID_ORIGIN`.
    pub const INVALID_ORIGIN: Code = Code::new(4110);
    /// 4111 `SESSION_CONFLICT`.
    pub const SESSION_CONFLICT: Code = Code::new(4111);
    /// 4112 `SESSION_TOKEN_EXPIRED`.
    pub const SESSION_TOKEN_EXPIRED: Code = Code::new(4112);
    /// 4113 `APP_QUOTA_EXCEEDED`.
    pub const APP_QUOTA_EXCEEDED: Code = Code::new(4113);
    /// 4114 `UNPARSEABLE_RAW_MESSAGE`.
    pub const UNPARSEABLE_RAW_MESSAGE: Code = Code::new(4114);
    /// 4115 `KICKED_BY_APP`.
    pub const KICKED_BY_APP: Code = Code::new(4115);
    /// 4116 `MESSAGE_SENT_QUOTA_EXCEEDED`.
    pub const MESSAGE_SENT_QUOTA_EXCEEDED: Code = Code::new(4116);
    /// 4117 `UNBIND_INSTALLATION_FAILED`.
    pub const UNBIND_INSTALLATION_FAILED: Code = Code::new(4117);
    /// 4200 `INTERNAL_ERROR`.
    pub const IM_INTERNAL_ERROR: Code = Code::new(4200);
    /// 4201 `SEND_MESSAGE_TIMEOUT`.
    pub const SEND_MESSAGE_TIMEOUT: Code = Code::new(4201);
    /// 4300 `CONVERSATION_INTERNAL_ERROR`.
    pub const CONVERSATION_INTERNAL_ERROR: Code = Code::new(4300);
    /// 4301 `CONVERSATION_API_FAILED`.
    pub const CONVERSATION_API_FAILED: Code = Code::new(4301);
    /// 4302 `CONVERSATION_SIGNATURE_FAILED`.
    pub const CONVERSATION_SIGNATURE_FAILED: Code = Code::new(4302);
    /// 4303 `CONVERSATION_NOT_FOUND`.
    pub const IM_CONVERSATION_NOT_FOUND: Code = Code::new(4303);
    /// 4304 `CONVERSATION_FULL`.
    pub const CONVERSATION_FULL: Code = Code::new(4304);
    /// 4305 `CONVERSATION_REJECTED_BY_APP`.
    pub const CONVERSATION_REJECTED_BY_APP: Code = Code::new(4305);
    /// 4306 `CONVERSATION_UPDATE_FAILED`.
    pub const CONVERSATION_UPDATE_FAILED: Code = Code::new(4306);
    /// 4307 `CONVERSATION_READ_ONLY`.
    pub const CONVERSATION_READ_ONLY: Code = Code::new(4307);
    /// 4308 `CONVERSATION_NOT_ALLOWED`.
    pub const CONVERSATION_NOT_ALLOWED: Code = Code::new(4308);
    /// 4309 `CONVERSATION_UPDATE_REJECTED`.
    pub const CONVERSATION_UPDATE_REJECTED: Code = Code::new(4309);
    /// 4310 `CONVERSATION_QUERY_FAILED`.
    pub const CONVERSATION_QUERY_FAILED: Code = Code::new(4310);
    /// 4311 `CONVERSATION_LOG_FAILED`.
    pub const CONVERSATION_LOG_FAILED: Code = Code::new(4311);
    /// 4312 `CONVERSATION_LOG_REJECTED`.
    pub const CONVERSATION_LOG_REJECTED: Code = Code::new(4312);
    /// 4313 `SYSTEM_CONVERSATION_REQUIRED`.
    pub const SYSTEM_CONVERSATION_REQUIRED: Code = Code::new(4313);
    /// 4314 `NORMAL_CONVERSATION_REQUIRED`.
    pub const NORMAL_CONVERSATION_REQUIRED: Code = Code::new(4314);
    /// 4315 `CONVERSATION_TEMPORARY_BLACKLISTED`.
    pub const CONVERSATION_TEMPORARY_BLACKLISTED: Code = Code::new(4315);
    /// 4316 `TRANSIENT_CONVERSATION_REQUIRED`.
    pub const TRANSIENT_CONVERSATION_REQUIRED: Code = Code::new(4316);
    /// 4317 `CONVERSATION_MEMBERSHIP_REQUIRED`.
    pub const CONVERSATION_MEMBERSHIP_REQUIRED: Code = Code::new(4317);
    /// 4318 `CONVERSATION_API_QUOTA_EXCEEDED`.
    pub const CONVERSATION_API_QUOTA_EXCEEDED: Code = Code::new(4318);
    /// 4320 `CONVERSATION_OPERATION_UNAUTHORIZED`.
    pub const CONVERSATION_OPERATION_UNAUTHORIZED: Code = Code::new(4320);
    /// 4321 `UNKNOWN_CONVERSATION_ROLE`.
    pub const UNKNOWN_CONVERSATION_ROLE: Code = Code::new(4321);
    /// 4322 `CONVERSATION_MEMBER_IN_ROLE_FULL`.
    pub const CONVERSATION_MEMBER_IN_ROLE_FULL: Code = Code::new(4322);
    /// 4323 `TEMPORARY_CONVERSATION_EXPIRED`.
    pub const TEMPORARY_CONVERSATION_EXPIRED: Code = Code::new(4323);
    /// 4324 `CONVERSATION_NEED_OWNER`.
    pub const CONVERSATION_NEED_OWNER: Code = Code::new(4324);
    /// 4325 `CONVERSATION_MEMBER_INFO_FEATURE_DISABLED`.
    pub const CONVERSATION_MEMBER_INFO_FEATURE_DISABLED: Code = Code::new(4325);
    /// 4401 `INVALID_MESSAGING_TARGET`.
    pub const INVALID_MESSAGING_TARGET: Code = Code::new(4401);
    /// 4402 `MESSAGE_REJECTED_BY_APP`.
    pub const MESSAGE_REJECTED_BY_APP: Code = Code::new(4402);
    /// 4403 `MESSAGE_OWNERSHIP_REQUIRED`.
    pub const MESSAGE_OWNERSHIP_REQUIRED: Code = Code::new(4403);
    /// 4404 `MESSAGE_NOT_FOUND`.
    pub const MESSAGE_NOT_FOUND: Code = Code::new(4404);
    /// 4405 `MESSAGE_UPDATE_REJECTED_BY_APP`.
    pub const MESSAGE_UPDATE_REJECTED_BY_APP: Code = Code::new(4405);
    /// 4406 `MESSAGE_EDIT_DISABLED`.
    pub const MESSAGE_EDIT_DISABLED: Code = Code::new(4406);
    /// 4407 `MESSAGE_RECALL_DISABLED`.
    pub const MESSAGE_RECALL_DISABLED: Code = Code::new(4407);
    /// 4408 `MESSAGE_MODIFIED_BY_CENSORSHIP`.
    pub const MESSAGE_MODIFIED_BY_CENSORSHIP: Code = Code::new(4408);
    /// 4543 `BLACKLIST_FULL`.
    pub const BLACKLIST_FULL: Code = Code::new(4543);
    /// 4544 `BLACKLIST_FEATURE_DISABLED`.
    pub const BLACKLIST_FEATURE_DISABLED: Code = Code::new(4544);
    /// 4546 `BLACKLIST_SIGNATURE_FAILED`.
    pub const BLACKLIST_SIGNATURE_FAILED: Code = Code::new(4546);
    /// 4548 `BLOCKED_BY_CONV`.
    pub const BLOCKED_BY_CONV: Code = Code::new(4548);
    /// 4561 `SILIENCED_MEMBER_LIST_FULL`.
    pub const SILIENCED_MEMBER_LIST_FULL: Code = Code::new(4561);
    /// 4563 `SILIENCED`.
    pub const SILIENCED: Code = Code::new(4563);
    /// 5130 `OWNER_PROMOTION_NOT_ALLOWED`.
    pub const JS_OWNER_PROMOTION_NOT_ALLOWED: Code = Code::new(5130);
    /// 9000 `COMMAND_TIMEOUT`.
    pub const COMMAND_TIMEOUT: Code = Code::new(9000);
    /// 9001 `CONNECTION_LOST`.
    pub const CONNECTION_LOST: Code = Code::new(9001);
    /// 9002 `CLIENT_NOT_OPEN`.
    pub const CLIENT_NOT_OPEN: Code = Code::new(9002);
    /// 9003 `COMMAND_INVALID`.
    pub const COMMAND_INVALID: Code = Code::new(9003);
    /// 9008 `COMMAND_DATA_LENGTH_TOO_LONG`.
    pub const COMMAND_DATA_LENGTH_TOO_LONG: Code = Code::new(9008);
    /// 9100 `CONVERSATION_NOT_FOUND`.
    pub const SDK_CONVERSATION_NOT_FOUND: Code = Code::new(9100);
    /// 9120 `UPDATING_MESSAGE_NOT_ALLOWED`.
    pub const UPDATING_MESSAGE_NOT_ALLOWED: Code = Code::new(9120);
    /// 9121 `UPDATING_MESSAGE_NOT_SENT`.
    pub const UPDATING_MESSAGE_NOT_SENT: Code = Code::new(9121);
    /// 9130 `OWNER_PROMOTION_NOT_ALLOWED`.
    pub const APPLE_OWNER_PROMOTION_NOT_ALLOWED: Code = Code::new(9130);
    /// 9303 `INVALID_STATE`.
    pub const INVALID_STATE: Code = Code::new(9303);
    /// 9304 `INVALID_PARAMETER`.
    pub const INVALID_PARAMETER: Code = Code::new(9304);
    /// 9973 `NOT_FOUND`.
    pub const NOT_FOUND: Code = Code::new(9973);
    /// 9974 `INVALID_TYPE`.
    pub const INVALID_TYPE: Code = Code::new(9974);
    /// 9975 `MALFORMED_DATA`.
    pub const MALFORMED_DATA: Code = Code::new(9975);
    /// 9976 `INCONSISTENCY`.
    pub const INCONSISTENCY: Code = Code::new(9976);
    /// 9977 `UNDERLYING_ERROR`.
    pub const UNDERLYING_ERROR: Code = Code::new(9977);
}
