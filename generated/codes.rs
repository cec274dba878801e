// @generated from codes.toml by build/ (inputs 8dd555231667411c97223d05a6aabed4, body bff7cc6fcdc3f3d9abbb3c492524747e). Edit codes.toml, then run `BLESS=1 cargo test --test codes_toml` to update generated/.

/// A code this crate knows, from any of its families.
///
/// The discriminant is the code's number, so `code as u16` and [`as_u16`](KnownCode::as_u16)
/// agree. Each variant is the code's name in UpperCamelCase (`SESSION_CONFLICT` is
/// [`SessionConflict`](KnownCode::SessionConflict)). Where two codes share a name, each variant
/// starts with what tells them apart: the family ([`WebSocketInternalError`] is 1011 and
/// [`ImInternalError`] 4200, both `INTERNAL_ERROR`), or, within one family, the SDK that defines
/// it.
///
/// The enum is `#[non_exhaustive]`: new codes are added in minor releases. To keep an unknown
/// number instead of rejecting it, use [`Code`](crate::Code).
///
/// [`WebSocketInternalError`]: KnownCode::WebSocketInternalError
/// [`ImInternalError`]: KnownCode::ImInternalError
///
/// ```
/// use leancloud_im_codes::{Carrier, ConnectionAction, KnownCode};
///
/// let code = KnownCode::from_u16(4115).unwrap();
/// assert_eq!(code, KnownCode::KickedByApp);
/// assert_eq!(code.name(), "KICKED_BY_APP");
/// assert_eq!(code.code().connection(Carrier::Session), Some(ConnectionAction::StayOffline));
/// ```
#[non_exhaustive]
#[repr(u16)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnownCode {
    /// 0 `NONE`: The SDK reports 0 when a connection ended with no WebSocket status at all: either the app closed the client itself, or the connection ended before any Close frame arrived, which LeanCloud's docs put down to a server restart or a problem with the local network. RFC 6455 leaves 0 unused, so it never travels on the wire.
    ///
    /// Family `sdk`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    ///
    /// Departs from the js SDK for carrier `session`: JS checks `if (code)` on the reply to its session/open (src/im-client.js:929-931), so a session reply with code 0 reads as an open that succeeded. The server refuses nothing with 0, and in every other way a session ends, 0 ends it for JS too; the crate keeps that answer.
    NoCode = 0,

    /// 1 `INTERNAL_SERVER_ERROR`: LeanCloud's catch-all error: the server failed internally, or the request had a problem that no more specific code covers, most often a bad parameter. The reply's error text usually says which.
    ///
    /// Family `general`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InternalServerError = 1,

    /// 100 `CONNECTION_FAILED`: The client could not reach LeanCloud's servers. The Java IM SDK raises it, without sending anything, when an operation such as sending a message or querying conversations is attempted while the device has no network.
    ///
    /// Family `general`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    ConnectionFailed = 100,

    /// 102 `INVALID_QUERY`: A query or conversation operation was malformed. The Java IM SDK raises it locally, without contacting the server, when a conversation operation runs on a conversation that has no ID yet.
    ///
    /// Family `general`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InvalidQuery = 102,

    /// 119 `OPERATION_FORBIDDEN`: The operation is not allowed in the client's current state, or not from a client at all. The Java IM SDK raises it when the client has not been opened, when Android keeps it from working in the background, or when the conversation type does not support the call. From the REST API, it means that a console setting forbids the operation for clients.
    ///
    /// Family `general`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    OperationForbidden = 119,

    /// 120 `CACHE_MISS`: A query asked for cached results and the local cache could not supply them all. In the Java IM SDK this happens when a cached conversation list names conversations missing from the local database.
    ///
    /// Family `general`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    CacheMiss = 120,

    /// 124 `TIMEOUT`: No answer arrived in time. The Java IM SDK raises it when a command gets no reply within its timeout (10 seconds by default) or all of its connection retries have failed. Requests over LeanCloud's rate limits end this way too, since the server drops them without replying.
    ///
    /// Family `general`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    GeneralTimeout = 124,

    /// 999 `UNKNOWN`: The Java SDK's code for an error that has no LeanCloud code of its own: any other exception is wrapped with it. In IM it usually means that the connection was down or still being restored when an operation was attempted; the wrapped exception says which.
    ///
    /// Family `general`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    GeneralUnknown = 999,

    /// 1000 `NORMAL_CLOSURE`: The peer closed the connection in an orderly way, with no error to report.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_NORMAL`.
    NormalClosure = 1000,

    /// 1001 `GOING_AWAY`: The peer is going away: a server is shutting down, or a browser has navigated to another page.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_GOING_AWAY`.
    GoingAway = 1001,

    /// 1002 `PROTOCOL_ERROR`: The connection was closed because one side broke a WebSocket protocol rule. tungstenite and Starscream also report 1002 in place of a received close code they do not allow.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_PROTOCOL_ERROR`.
    ProtocolError = 1002,

    /// 1003 `UNSUPPORTED_DATA`: The peer received a kind of frame it does not accept, such as a binary frame on an endpoint that only takes text.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `CLOSE_UNSUPPORTED`.
    UnsupportedData = 1003,

    /// 1004 `RESERVED`: RFC 6455 reserves 1004 and gives it no meaning. It should never be sent in a Close frame, yet a peer that breaks the rule can still send it.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    Reserved = 1004,

    /// 1005 `NO_STATUS_RCVD`: A Close frame arrived without a status code, and the receiving side reports 1005 in its place. The code itself should never be sent in a Close frame, although tungstenite sends it when asked to.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_NO_STATUS`, `CLOSED_NO_STATUS`.
    NoStatusRcvd = 1005,

    /// 1006 `ABNORMAL_CLOSURE`: The connection ended without a closing handshake: the underlying TCP connection dropped, often because a router or proxy cuts long-lived connections. It is reported locally and never sent in a Close frame.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_ABNORMAL`.
    AbnormalClosure = 1006,

    /// 1007 `INVALID_FRAME_PAYLOAD_DATA`: A message's bytes did not match its frame type, for example a text frame that is not valid UTF-8. The Swift SDK's WebSocket layer also closes with 1007 when it cannot decompress a permessage-deflate frame.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `CLOSE_UNSUPPORTED_PAYLOAD`.
    InvalidFramePayloadData = 1007,

    /// 1008 `POLICY_VIOLATION`: The peer closed the connection because a message broke one of its policies. It is the catch-all for breaches that have no more specific code, and the peer may not say which rule was broken.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `CLOSE_POLICY_VIOLATION`.
    PolicyViolation = 1008,

    /// 1009 `MESSAGE_TOO_BIG`: A message was larger than the peer will accept. LeanCloud IM reports its own 5 KB message limit with 4109 instead.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `CLOSE_TOO_LARGE`.
    MessageTooBig = 1009,

    /// 1010 `MANDATORY_EXT`: The client ended the connection because the server's handshake did not accept a WebSocket extension the client requires. Only clients send this code.
    ///
    /// Family `websocket`. After a close: `stop`. After the session ended: `stop`. Operation: never. Also spelled `CLOSE_MANDATORY_EXTENSION`.
    ///
    /// Departs from the js SDK for carrier `close_frame`: JS reconnects after every Close status but 4100, 4103 and 4110 (src/realtime.js:256-269); every attempt asks for the same extension, so the crate stops.
    MandatoryExt = 1010,

    /// 1011 `INTERNAL_ERROR`: The server met an unexpected condition and could not go on serving the connection. Not to be confused with LeanCloud IM's 4200, which has the same name.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_SERVER_ERROR`.
    WebSocketInternalError = 1011,

    /// 1012 `SERVICE_RESTART`: The server is restarting and closed the connection.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_SERVICE_RESTART`.
    ServiceRestart = 1012,

    /// 1013 `TRY_AGAIN_LATER`: The server cannot take this connection for now, for example because it is overloaded.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_TRY_AGAIN_LATER`.
    TryAgainLater = 1013,

    /// 1014 `BAD_GATEWAY`: A gateway or proxy in front of the server got an invalid response from the server behind it. tungstenite and Starscream do not accept 1014 from a peer and report 1002 instead.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never. Also spelled `CLOSE_BAD_GATEWAY`.
    BadGateway = 1014,

    /// 1015 `TLS_HANDSHAKE`: The TLS handshake failed, for example because the server's certificate could not be verified, which a wrong device clock or a network that intercepts traffic (a Wi-Fi sign-in page, a corporate proxy) can cause. The code should never be sent in a Close frame, although tungstenite sends it when asked to.
    ///
    /// Family `websocket`. After a close: `stop`. After the session ended: `stop`. Operation: never. Also spelled `CLOSE_TLS_FAIL`.
    ///
    /// Departs from the js SDK for carrier `close_frame`: JS reconnects after every Close status but 4100, 4103 and 4110 (src/realtime.js:256-269); a TLS failure is not fixed by trying again, so the crate stops.
    TlsHandshake = 1015,

    /// 3000 `UNAUTHORIZED`: IANA registers 3000 as Unauthorized. LeanCloud's servers do not send it; the Java SDK uses it to close its own socket when a ping gets no answer in time.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    Unauthorized = 3000,

    /// 3003 `FORBIDDEN`: IANA registers 3003 as Forbidden: the peer knows who the client is but will not let it in. LeanCloud's servers and SDKs do not use it, so it most likely comes from another component on the path.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    Forbidden = 3003,

    /// 3008 `TIMEOUT`: IANA registers 3008 as Timeout: the peer closed the connection because something took too long. LeanCloud's servers and SDKs do not use it.
    ///
    /// Family `websocket`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    WebSocketTimeout = 3008,

    /// 4100 `APP_NOT_AVAILABLE`: The App ID names no existing app, or the app has its instant messaging service turned off.
    ///
    /// Family `im`. After a close: `stop`. After the session ended: `stop`. Operation: `fix_configuration`.
    AppNotAvailable = 4100,

    /// 4101 `DUPLICATED_LOGIN`: The push service saw one device sign in to it twice. LeanCloud's docs place this code with push; it has no bearing on instant messaging.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `nothing`.
    DuplicatedLogin = 4101,

    /// 4102 `SIGNATURE_FAILED`: The server rejected the signature sent with the session open (login), so no session was opened.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stop`. Operation: `fix_configuration`.
    SignatureFailed = 4102,

    /// 4103 `INVALID_LOGIN`: The client ID given when opening the session is malformed. A valid ID uses only ASCII letters, digits, half-width '_' and '-', does not begin with a digit, and is at most 64 characters long.
    ///
    /// Family `im`. After a close: `stop`. After the session ended: `stop`. Operation: `fix_request`.
    InvalidLogin = 4103,

    /// 4105 `SESSION_REQUIRED`: The server received a command while this connection had no open session: it was sent before the session open completed, or while the SDK was still re-opening the session after a reconnect. The request itself may well be fine.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `reopen_then_retry`.
    SessionRequired = 4105,

    /// 4106 `BLACKLISTED`: This client ID is blacklisted and may not use the instant messaging service.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `nothing`.
    Blacklisted = 4106,

    /// 4107 `READ_TIMEOUT`: The server heard nothing from the client, not even a heartbeat, for too long and closed the connection. This usually points to a poor or broken network.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    ReadTimeout = 4107,

    /// 4108 `LOGIN_TIMEOUT`: The connection was up, but no session was opened before the server's deadline, so the server closed it.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: never.
    LoginTimeout = 4108,

    /// 4109 `FRAME_TOO_LONG`: The client sent a frame larger than the server accepts, and the server closed the connection. A message may be at most 5 KB, extra data such as pushData included.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`.
    FrameTooLong = 4109,

    /// 4110 `INVALID_ORIGIN`: The app limits web access to its secure domains, and this connection came from a page on a domain that is not among them.
    ///
    /// Family `im`. After a close: `stop`. After the session ended: `stop`. Operation: `fix_configuration`.
    InvalidOrigin = 4110,

    /// 4111 `SESSION_CONFLICT`: Single-device login is on, and another device signed in with the same client ID and tag, so the server ended this device's session. An automatic re-login that would push the other device out fails with this code instead.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `nothing`.
    SessionConflict = 4111,

    /// 4112 `SESSION_TOKEN_EXPIRED`: The session token presented is expired or invalid, so the server will not restore the session with it.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `reopen_session`. Operation: `reopen_then_retry`.
    ///
    /// Departs from the js SDK for carrier `session`: After a session/closed 4112, or a first open refused with 4112, JS does nothing (src/im-client.js:162-191; it throws 'Unexpected session expiration' when it holds no token, :905-911). The crate reopens with a fresh signature, as Swift and ObjC do after a refused re-open; after a refused re-open JS reopens too, without a signature.
    SessionTokenExpired = 4112,

    /// 4113 `APP_QUOTA_EXCEEDED`: The number of users who signed in today has reached the cap the app set, so the server refuses new sign-ins until the daily count resets.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry_later`.
    AppQuotaExceeded = 4113,

    /// 4114 `UNPARSEABLE_RAW_MESSAGE`: The server could not decode the data the client sent, and closed the connection.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `UNPARSEABLE_RAW_MSG`.
    UnparseableRawMessage = 4114,

    /// 4115 `KICKED_BY_APP`: The app's backend signed this client out through LeanCloud's REST kick API, and the server ended the session.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `nothing`.
    KickedByApp = 4115,

    /// 4116 `MESSAGE_SENT_QUOTA_EXCEEDED`: The app as a whole is sending messages faster than its rate limit allows, and the server refused this one. The docs do not say over what period the rate is counted.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry_later`.
    MessageSentQuotaExceeded = 4116,

    /// 4117 `UNBIND_INSTALLATION_FAILED`: A sign-out through the IM SDK did not complete: the server failed to remove the link between the user and this device's installation. LeanCloud documents nothing more, not even whether the session itself was closed.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    UnbindInstallationFailed = 4117,

    /// 4200 `INTERNAL_ERROR`: The instant messaging server failed internally while handling the connection or a request.
    ///
    /// Family `im`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    ImInternalError = 4200,

    /// 4201 `SEND_MESSAGE_TIMEOUT`: The server timed out while sending a message submitted through the API. The message may or may not have been delivered.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    SendMessageTimeout = 4201,

    /// 4300 `CONVERSATION_INTERNAL_ERROR`: The IM server failed internally while processing a conversation operation; the request itself may well be correct.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    ConversationInternalError = 4300,

    /// 4301 `CONVERSATION_API_FAILED`: A backend service that the conversation operation depends on returned an error. The server puts the specifics in the error's detail field.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    ConversationApiFailed = 4301,

    /// 4302 `CONVERSATION_SIGNATURE_FAILED`: The server rejected the signature attached to this conversation operation (creating a conversation, or joining, inviting or kicking members).
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    ConversationSignatureFailed = 4302,

    /// 4303 `CONVERSATION_NOT_FOUND`: The server found no conversation with this ID, or could not load its data (LeanCloud names an exceeded API concurrency limit as one cause).
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry_later`.
    ImConversationNotFound = 4303,

    /// 4304 `CONVERSATION_FULL`: The conversation already holds as many members as it may, so no one else can be added. A normal conversation is capped at 500 members.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationFull = 4304,

    /// 4305 `CONVERSATION_REJECTED_BY_APP`: One of the app's Cloud Engine conversation hooks rejected the operation: creating the conversation, joining it, inviting or removing members, or updating it. The hook may attach its own integer code (appCode) and explanation (detail).
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationRejectedByApp = 4305,

    /// 4306 `CONVERSATION_UPDATE_FAILED`: The server could not apply the change to the conversation (its name, attributes and the like); LeanCloud gives no cause.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    ConversationUpdateFailed = 4306,

    /// 4307 `CONVERSATION_READ_ONLY`: The conversation is read-only: neither its data nor its member list may be changed.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationReadOnly = 4307,

    /// 4308 `CONVERSATION_NOT_ALLOWED`: The current client has no right to post messages in this conversation.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationNotAllowed = 4308,

    /// 4309 `CONVERSATION_UPDATE_REJECTED`: Only members may change a conversation, and the client that sent this update does not belong to it.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationUpdateRejected = 4309,

    /// 4310 `CONVERSATION_QUERY_FAILED`: The server gave up on the conversation query, most often because it ran too long: the query is slow, or other slow queries are holding up the database.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    ConversationQueryFailed = 4310,

    /// 4311 `CONVERSATION_LOG_FAILED`: Loading the conversation's message history failed; in most cases the read timed out.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry`.
    ConversationLogFailed = 4311,

    /// 4312 `CONVERSATION_LOG_REJECTED`: A conversation's history is readable only by its members, and the client asking for it is not one.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationLogRejected = 4312,

    /// 4313 `SYSTEM_CONVERSATION_REQUIRED`: The operation is defined only for system conversations, and the target conversation is of another kind.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    SystemConversationRequired = 4313,

    /// 4314 `NORMAL_CONVERSATION_REQUIRED`: The operation is defined only for normal conversations, and the target is another kind, such as a chat room, a system conversation or a temporary conversation.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    NormalConversationRequired = 4314,

    /// 4315 `CONVERSATION_TEMPORARY_BLACKLISTED`: The client is on this conversation's temporary blacklist, and everything it tries to post here is refused while the entry stands.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`. Also spelled `CONVERSATION_BLACKLISTED`.
    ConversationTemporaryBlacklisted = 4315,

    /// 4316 `TRANSIENT_CONVERSATION_REQUIRED`: The operation is defined only for chat rooms (transient conversations), and the target conversation is of another kind.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    TransientConversationRequired = 4316,

    /// 4317 `CONVERSATION_MEMBERSHIP_REQUIRED`: Only members of the conversation may perform this operation, and this client has not joined it.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationMembershipRequired = 4317,

    /// 4318 `CONVERSATION_API_QUOTA_EXCEEDED`: Conversation operations went over the API request limit that comes with the app's plan.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `retry_later`.
    ConversationApiQuotaExceeded = 4318,

    /// 4320 `CONVERSATION_OPERATION_UNAUTHORIZED`: The operation needs a higher role in the conversation than the client holds.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationOperationUnauthorized = 4320,

    /// 4321 `UNKNOWN_CONVERSATION_ROLE`: The member role in the request is not a value the server recognizes.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    UnknownConversationRole = 4321,

    /// 4322 `CONVERSATION_MEMBER_IN_ROLE_FULL`: Every seat for that role in the conversation is taken, so the role cannot be given to another member.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationMemberInRoleFull = 4322,

    /// 4323 `TEMPORARY_CONVERSATION_EXPIRED`: The temporary conversation has outlived its time to live (1 day by default, 30 days at most), or it no longer exists.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    TemporaryConversationExpired = 4323,

    /// 4324 `CONVERSATION_NEED_OWNER`: The operation would leave the conversation without a member in the Owner role, and the server requires one.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ConversationNeedOwner = 4324,

    /// 4325 `CONVERSATION_MEMBER_INFO_FEATURE_DISABLED`: The conversation member attributes feature, which member roles rely on, is not enabled for this app, so the operation was refused.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    ConversationMemberInfoFeatureDisabled = 4325,

    /// 4401 `INVALID_MESSAGING_TARGET`: The server would not deliver the message: no conversation has that ID any more, or the sending client is not in its member list. Conversations with no activity for 6 months are deleted, so old IDs end here too.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InvalidMessagingTarget = 4401,

    /// 4402 `MESSAGE_REJECTED_BY_APP`: The app's Cloud Engine hook `_messageReceived` dropped this message, so it was not delivered. The ack may carry the hook's own code (`appCode`) and text (`appMsg`).
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    MessageRejectedByApp = 4402,

    /// 4403 `MESSAGE_OWNERSHIP_REQUIRED`: The server refused to edit or recall the message because this client is not allowed to change it; usually someone else sent it.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    MessageOwnershipRequired = 4403,

    /// 4404 `MESSAGE_NOT_FOUND`: The message that an edit, recall or other message operation names does not exist on the server.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    MessageNotFound = 4404,

    /// 4405 `MESSAGE_UPDATE_REJECTED_BY_APP`: The app's Cloud Engine hook `_messageUpdate` refused this edit or recall; the message is unchanged.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    MessageUpdateRejectedByApp = 4405,

    /// 4406 `MESSAGE_EDIT_DISABLED`: Editing messages from client SDKs is switched off for this app, so the server refused the edit.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    MessageEditDisabled = 4406,

    /// 4407 `MESSAGE_RECALL_DISABLED`: Recalling messages from client SDKs is switched off for this app, so the server refused the recall.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    MessageRecallDisabled = 4407,

    /// 4408 `MESSAGE_MODIFIED_BY_CENSORSHIP`: Not a failure: the sensitive-word filter rewrote this message's content. It arrives on a message-update notice (patch code -4408), not as an error reply.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: never.
    MessageModifiedByCensorship = 4408,

    /// 4543 `BLACKLIST_FULL`: The blacklist has reached its size limit, so the server added no further entries.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    BlacklistFull = 4543,

    /// 4544 `BLACKLIST_FEATURE_DISABLED`: The blacklist feature is switched off for this app, so blacklist operations and queries are refused.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    BlacklistFeatureDisabled = 4544,

    /// 4546 `BLACKLIST_SIGNATURE_FAILED`: The server could not verify the signature attached to a blacklist operation (blocking or unblocking).
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_configuration`.
    BlacklistSignatureFailed = 4546,

    /// 4548 `BLOCKED_BY_CONV`: The requesting client is on the target conversation's blacklist, so the server refused the operation.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    BlockedByConv = 4548,

    /// 4561 `SILIENCED_MEMBER_LIST_FULL`: The conversation's list of muted members is at its limit, so no more members can be muted.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    SiliencedMemberListFull = 4561,

    /// 4563 `SILIENCED`: The sender is muted in this conversation, so the server refused the message.
    ///
    /// Family `im`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    Silienced = 4563,

    /// 5130 `OWNER_PROMOTION_NOT_ALLOWED`: The JavaScript SDK refused, before sending anything, to give a member the owner role: a client can set a member's role only to manager or member.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    JsOwnerPromotionNotAllowed = 5130,

    /// 9000 `COMMAND_TIMEOUT`: No reply to a request arrived before the SDK's command timeout (20 s in JS, 30 s in Swift and ObjC; Java reports the same case as 124 after 10 s). Requests over the per-minute rate limits get no reply at all and end this way.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `reconnect`. Operation: `retry`.
    ///
    /// Departs from the js SDK for carrier `session`: JS raises its command timeout without a number (src/connection.js:102-110) and, like after any refused open, leaves the session closed. Swift and ObjC send a timed-out re-open again with the token they hold (IMClient.swift:1482-1483; LCIMClient.m:652-653), which the crate follows.
    CommandTimeout = 9000,

    /// 9001 `CONNECTION_LOST`: The connection is unavailable or was lost: the app went to the background, the network became unreachable or changed, or either side closed the socket. Requests still waiting for a reply fail with this code.
    ///
    /// Family `sdk`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    ConnectionLost = 9001,

    /// 9002 `CLIENT_NOT_OPEN`: The call needs an open client, but the client has not been opened, has not finished opening, or its session was closed.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    ClientNotOpen = 9002,

    /// 9003 `COMMAND_INVALID`: A reply from the server lacked something the request needs, or had an unexpected form. ObjC also reports it when an outgoing command cannot be serialized. When it answers a session open, Swift and ObjC close the session.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `report`. Also spelled `INVALID_COMMAND`.
    CommandInvalid = 9003,

    /// 9008 `COMMAND_DATA_LENGTH_TOO_LONG`: The encoded request is larger than 5120 bytes (5 KB), so Swift or ObjC refused to send it; the server limits a message to the same 5 KB (4109).
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    CommandDataLengthTooLong = 9008,

    /// 9100 `CONVERSATION_NOT_FOUND`: The SDK's own lookup (its cache, or a query it ran) found no conversation with this ID. This is a local result, separate from the server's 4303.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    SdkConversationNotFound = 9100,

    /// 9120 `UPDATING_MESSAGE_NOT_ALLOWED`: The SDK refused, before sending, to edit or recall a message that another client sent or that belongs to a different conversation from the one the call was made on.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    UpdatingMessageNotAllowed = 9120,

    /// 9121 `UPDATING_MESSAGE_NOT_SENT`: The SDK refused to edit or recall a message that was never sent successfully (it has no server ID or sent timestamp yet).
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    UpdatingMessageNotSent = 9121,

    /// 9130 `OWNER_PROMOTION_NOT_ALLOWED`: The Swift or Objective-C SDK refused, before sending anything, to give a member the owner role: a client can set a member's role only to manager or member.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    AppleOwnerPromotionNotAllowed = 9130,

    /// 9303 `INVALID_STATE`: The Java SDK refused a call because the object is not in a state that allows it, for example when an inbox status query is asked for a count.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InvalidState = 9303,

    /// 9304 `INVALID_PARAMETER`: A required argument was missing or empty, caught locally before anything was sent. Flutter's Android plugin returns it for an empty client ID, a missing conversation ID, an empty set of attributes to update or an empty member list; the Java SDK uses it for invalid arguments in general.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InvalidParameter = 9304,

    /// 9973 `NOT_FOUND`: Something the SDK needed was missing, for example an IM server address in the router's reply (ObjC then ends the connection attempt) or data in a response. The error's reason names what was missing.
    ///
    /// Family `sdk`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `fix_request`.
    NotFound = 9973,

    /// 9974 `INVALID_TYPE`: The SDK met a value of a type that does not fit the operation, such as adding to or appending on a field whose type does not support it.
    ///
    /// Family `sdk`. After a close: `reconnect`, as an unknown number (LeanCloud never closes with it). After the session ended: `stay_offline`. Operation: `fix_request`.
    InvalidType = 9974,

    /// 9975 `MALFORMED_DATA`: Data the SDK received was not in the expected format: a router reply without a server address, a sign-in reply without its signature fields, or attributes in a reply that could not be decoded.
    ///
    /// Family `sdk`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `report`.
    MalformedData = 9975,

    /// 9976 `INCONSISTENCY`: The SDK was used in a way it does not allow: a bad parameter (such as no client IDs, or more than 20, in one query) or a call out of order (such as opening a client that is already open or opening). Swift also reports it when it cannot build the IM router address because the app has no server URL configured.
    ///
    /// Family `sdk`. After a close: `stop`. After the session ended: `stop`. Operation: `fix_request`.
    ///
    /// Departs from the js SDK for carrier `close_frame`: 9976 is never sent on the wire; JS reconnects after whatever close the socket reports. The crate stops: Swift raises it when no server URL can be built, which no retry fixes.
    Inconsistency = 9976,

    /// 9977 `UNDERLYING_ERROR`: Swift or ObjC wrapped an error that did not come from LeanCloud (the socket or WebSocket library, the system's network stack, HTTP, local storage, serialization); the original error is attached. Swift wraps every WebSocket close this way, ObjC those with codes outside 4000-4999.
    ///
    /// Family `sdk`. After a close: `reconnect`. After the session ended: `stay_offline`. Operation: `retry`.
    UnderlyingError = 9977,
}

impl KnownCode {
    /// Every known code, in ascending numeric order.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::ALL.len(), KnownCode::COUNT);
    /// assert!(KnownCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    /// ```
    pub const ALL: &'static [KnownCode] = &[
        KnownCode::NoCode,
        KnownCode::InternalServerError,
        KnownCode::ConnectionFailed,
        KnownCode::InvalidQuery,
        KnownCode::OperationForbidden,
        KnownCode::CacheMiss,
        KnownCode::GeneralTimeout,
        KnownCode::GeneralUnknown,
        KnownCode::NormalClosure,
        KnownCode::GoingAway,
        KnownCode::ProtocolError,
        KnownCode::UnsupportedData,
        KnownCode::Reserved,
        KnownCode::NoStatusRcvd,
        KnownCode::AbnormalClosure,
        KnownCode::InvalidFramePayloadData,
        KnownCode::PolicyViolation,
        KnownCode::MessageTooBig,
        KnownCode::MandatoryExt,
        KnownCode::WebSocketInternalError,
        KnownCode::ServiceRestart,
        KnownCode::TryAgainLater,
        KnownCode::BadGateway,
        KnownCode::TlsHandshake,
        KnownCode::Unauthorized,
        KnownCode::Forbidden,
        KnownCode::WebSocketTimeout,
        KnownCode::AppNotAvailable,
        KnownCode::DuplicatedLogin,
        KnownCode::SignatureFailed,
        KnownCode::InvalidLogin,
        KnownCode::SessionRequired,
        KnownCode::Blacklisted,
        KnownCode::ReadTimeout,
        KnownCode::LoginTimeout,
        KnownCode::FrameTooLong,
        KnownCode::InvalidOrigin,
        KnownCode::SessionConflict,
        KnownCode::SessionTokenExpired,
        KnownCode::AppQuotaExceeded,
        KnownCode::UnparseableRawMessage,
        KnownCode::KickedByApp,
        KnownCode::MessageSentQuotaExceeded,
        KnownCode::UnbindInstallationFailed,
        KnownCode::ImInternalError,
        KnownCode::SendMessageTimeout,
        KnownCode::ConversationInternalError,
        KnownCode::ConversationApiFailed,
        KnownCode::ConversationSignatureFailed,
        KnownCode::ImConversationNotFound,
        KnownCode::ConversationFull,
        KnownCode::ConversationRejectedByApp,
        KnownCode::ConversationUpdateFailed,
        KnownCode::ConversationReadOnly,
        KnownCode::ConversationNotAllowed,
        KnownCode::ConversationUpdateRejected,
        KnownCode::ConversationQueryFailed,
        KnownCode::ConversationLogFailed,
        KnownCode::ConversationLogRejected,
        KnownCode::SystemConversationRequired,
        KnownCode::NormalConversationRequired,
        KnownCode::ConversationTemporaryBlacklisted,
        KnownCode::TransientConversationRequired,
        KnownCode::ConversationMembershipRequired,
        KnownCode::ConversationApiQuotaExceeded,
        KnownCode::ConversationOperationUnauthorized,
        KnownCode::UnknownConversationRole,
        KnownCode::ConversationMemberInRoleFull,
        KnownCode::TemporaryConversationExpired,
        KnownCode::ConversationNeedOwner,
        KnownCode::ConversationMemberInfoFeatureDisabled,
        KnownCode::InvalidMessagingTarget,
        KnownCode::MessageRejectedByApp,
        KnownCode::MessageOwnershipRequired,
        KnownCode::MessageNotFound,
        KnownCode::MessageUpdateRejectedByApp,
        KnownCode::MessageEditDisabled,
        KnownCode::MessageRecallDisabled,
        KnownCode::MessageModifiedByCensorship,
        KnownCode::BlacklistFull,
        KnownCode::BlacklistFeatureDisabled,
        KnownCode::BlacklistSignatureFailed,
        KnownCode::BlockedByConv,
        KnownCode::SiliencedMemberListFull,
        KnownCode::Silienced,
        KnownCode::JsOwnerPromotionNotAllowed,
        KnownCode::CommandTimeout,
        KnownCode::ConnectionLost,
        KnownCode::ClientNotOpen,
        KnownCode::CommandInvalid,
        KnownCode::CommandDataLengthTooLong,
        KnownCode::SdkConversationNotFound,
        KnownCode::UpdatingMessageNotAllowed,
        KnownCode::UpdatingMessageNotSent,
        KnownCode::AppleOwnerPromotionNotAllowed,
        KnownCode::InvalidState,
        KnownCode::InvalidParameter,
        KnownCode::NotFound,
        KnownCode::InvalidType,
        KnownCode::MalformedData,
        KnownCode::Inconsistency,
        KnownCode::UnderlyingError,
    ];

    /// How many codes this version of the crate knows.
    ///
    /// ```
    /// assert!(leancloud_im_codes::KnownCode::COUNT >= 100);
    /// ```
    pub const COUNT: usize = 102;
}

/// Each code's variant name, in the order of [`KnownCode::ALL`], for `Debug`.
pub(crate) static VARIANTS: [&str; 102] = [
    "NoCode",
    "InternalServerError",
    "ConnectionFailed",
    "InvalidQuery",
    "OperationForbidden",
    "CacheMiss",
    "GeneralTimeout",
    "GeneralUnknown",
    "NormalClosure",
    "GoingAway",
    "ProtocolError",
    "UnsupportedData",
    "Reserved",
    "NoStatusRcvd",
    "AbnormalClosure",
    "InvalidFramePayloadData",
    "PolicyViolation",
    "MessageTooBig",
    "MandatoryExt",
    "WebSocketInternalError",
    "ServiceRestart",
    "TryAgainLater",
    "BadGateway",
    "TlsHandshake",
    "Unauthorized",
    "Forbidden",
    "WebSocketTimeout",
    "AppNotAvailable",
    "DuplicatedLogin",
    "SignatureFailed",
    "InvalidLogin",
    "SessionRequired",
    "Blacklisted",
    "ReadTimeout",
    "LoginTimeout",
    "FrameTooLong",
    "InvalidOrigin",
    "SessionConflict",
    "SessionTokenExpired",
    "AppQuotaExceeded",
    "UnparseableRawMessage",
    "KickedByApp",
    "MessageSentQuotaExceeded",
    "UnbindInstallationFailed",
    "ImInternalError",
    "SendMessageTimeout",
    "ConversationInternalError",
    "ConversationApiFailed",
    "ConversationSignatureFailed",
    "ImConversationNotFound",
    "ConversationFull",
    "ConversationRejectedByApp",
    "ConversationUpdateFailed",
    "ConversationReadOnly",
    "ConversationNotAllowed",
    "ConversationUpdateRejected",
    "ConversationQueryFailed",
    "ConversationLogFailed",
    "ConversationLogRejected",
    "SystemConversationRequired",
    "NormalConversationRequired",
    "ConversationTemporaryBlacklisted",
    "TransientConversationRequired",
    "ConversationMembershipRequired",
    "ConversationApiQuotaExceeded",
    "ConversationOperationUnauthorized",
    "UnknownConversationRole",
    "ConversationMemberInRoleFull",
    "TemporaryConversationExpired",
    "ConversationNeedOwner",
    "ConversationMemberInfoFeatureDisabled",
    "InvalidMessagingTarget",
    "MessageRejectedByApp",
    "MessageOwnershipRequired",
    "MessageNotFound",
    "MessageUpdateRejectedByApp",
    "MessageEditDisabled",
    "MessageRecallDisabled",
    "MessageModifiedByCensorship",
    "BlacklistFull",
    "BlacklistFeatureDisabled",
    "BlacklistSignatureFailed",
    "BlockedByConv",
    "SiliencedMemberListFull",
    "Silienced",
    "JsOwnerPromotionNotAllowed",
    "CommandTimeout",
    "ConnectionLost",
    "ClientNotOpen",
    "CommandInvalid",
    "CommandDataLengthTooLong",
    "SdkConversationNotFound",
    "UpdatingMessageNotAllowed",
    "UpdatingMessageNotSent",
    "AppleOwnerPromotionNotAllowed",
    "InvalidState",
    "InvalidParameter",
    "NotFound",
    "InvalidType",
    "MalformedData",
    "Inconsistency",
    "UnderlyingError",
];

/// What the crate says about each code, in the order of [`KnownCode::ALL`].
pub(crate) static RECORDS: [Record; 102] = [
    Record {
        name: "NONE",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INTERNAL_SERVER_ERROR",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONNECTION_FAILED",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_QUERY",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "OPERATION_FORBIDDEN",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CACHE_MISS",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TIMEOUT",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
    Record {
        name: "UNKNOWN",
        aliases: &[],
        family: Family::General,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
    Record {
        name: "NORMAL_CLOSURE",
        aliases: &["CLOSE_NORMAL"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "GOING_AWAY",
        aliases: &["CLOSE_GOING_AWAY"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "PROTOCOL_ERROR",
        aliases: &["CLOSE_PROTOCOL_ERROR"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNSUPPORTED_DATA",
        aliases: &["CLOSE_UNSUPPORTED"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "RESERVED",
        aliases: &[],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "NO_STATUS_RCVD",
        aliases: &["CLOSE_NO_STATUS", "CLOSED_NO_STATUS"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "ABNORMAL_CLOSURE",
        aliases: &["CLOSE_ABNORMAL"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_FRAME_PAYLOAD_DATA",
        aliases: &["CLOSE_UNSUPPORTED_PAYLOAD"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "POLICY_VIOLATION",
        aliases: &["CLOSE_POLICY_VIOLATION"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_TOO_BIG",
        aliases: &["CLOSE_TOO_LARGE"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MANDATORY_EXT",
        aliases: &["CLOSE_MANDATORY_EXTENSION"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INTERNAL_ERROR",
        aliases: &["CLOSE_SERVER_ERROR"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SERVICE_RESTART",
        aliases: &["CLOSE_SERVICE_RESTART"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TRY_AGAIN_LATER",
        aliases: &["CLOSE_TRY_AGAIN_LATER"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BAD_GATEWAY",
        aliases: &["CLOSE_BAD_GATEWAY"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TLS_HANDSHAKE",
        aliases: &["CLOSE_TLS_FAIL"],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNAUTHORIZED",
        aliases: &[],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "FORBIDDEN",
        aliases: &[],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TIMEOUT",
        aliases: &[],
        family: Family::WebSocket,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "APP_NOT_AVAILABLE",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "DUPLICATED_LOGIN",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Nothing),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SIGNATURE_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::Stop),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_LOGIN",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SESSION_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::ReopenThenRetry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BLACKLISTED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Nothing),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "READ_TIMEOUT",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "LOGIN_TIMEOUT",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "FRAME_TOO_LONG",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_ORIGIN",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SESSION_CONFLICT",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Nothing),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SESSION_TOKEN_EXPIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::ReopenSession),
            operation: Some(OperationAction::ReopenThenRetry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "APP_QUOTA_EXCEEDED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::RetryLater),
            retry_after: Some(RetryAfter::NextDay),
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNPARSEABLE_RAW_MESSAGE",
        aliases: &["UNPARSEABLE_RAW_MSG"],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "KICKED_BY_APP",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Nothing),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_SENT_QUOTA_EXCEEDED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::RetryLater),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNBIND_INSTALLATION_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INTERNAL_ERROR",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SEND_MESSAGE_TIMEOUT",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
    Record {
        name: "CONVERSATION_INTERNAL_ERROR",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_API_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_SIGNATURE_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_NOT_FOUND",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::RetryLater),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_FULL",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_REJECTED_BY_APP",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_UPDATE_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_READ_ONLY",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_NOT_ALLOWED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_UPDATE_REJECTED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_QUERY_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_LOG_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_LOG_REJECTED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SYSTEM_CONVERSATION_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "NORMAL_CONVERSATION_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_TEMPORARY_BLACKLISTED",
        aliases: &["CONVERSATION_BLACKLISTED"],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TRANSIENT_CONVERSATION_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_MEMBERSHIP_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_API_QUOTA_EXCEEDED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::RetryLater),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_OPERATION_UNAUTHORIZED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNKNOWN_CONVERSATION_ROLE",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_MEMBER_IN_ROLE_FULL",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "TEMPORARY_CONVERSATION_EXPIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_NEED_OWNER",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_MESSAGING_TARGET",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_REJECTED_BY_APP",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_OWNERSHIP_REQUIRED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_NOT_FOUND",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_UPDATE_REJECTED_BY_APP",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_EDIT_DISABLED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_RECALL_DISABLED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MESSAGE_MODIFIED_BY_CENSORSHIP",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: None,
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BLACKLIST_FULL",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BLACKLIST_FEATURE_DISABLED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BLACKLIST_SIGNATURE_FAILED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixConfiguration),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "BLOCKED_BY_CONV",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SILIENCED_MEMBER_LIST_FULL",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "SILIENCED",
        aliases: &[],
        family: Family::Im,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "OWNER_PROMOTION_NOT_ALLOWED",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "COMMAND_TIMEOUT",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::Reconnect),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
    Record {
        name: "CONNECTION_LOST",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
    Record {
        name: "CLIENT_NOT_OPEN",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "COMMAND_INVALID",
        aliases: &["INVALID_COMMAND"],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Report),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "COMMAND_DATA_LENGTH_TOO_LONG",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "CONVERSATION_NOT_FOUND",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UPDATING_MESSAGE_NOT_ALLOWED",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UPDATING_MESSAGE_NOT_SENT",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "OWNER_PROMOTION_NOT_ALLOWED",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_STATE",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_PARAMETER",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "NOT_FOUND",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INVALID_TYPE",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: None,
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "MALFORMED_DATA",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Report),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "INCONSISTENCY",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Stop),
            session: Some(ConnectionAction::Stop),
            operation: Some(OperationAction::FixRequest),
            retry_after: None,
            unknown_outcome: false,
        },
    },
    Record {
        name: "UNDERLYING_ERROR",
        aliases: &[],
        family: Family::Sdk,
        answers: Answers {
            connection: Some(ConnectionAction::Reconnect),
            session: Some(ConnectionAction::StayOffline),
            operation: Some(OperationAction::Retry),
            retry_after: None,
            unknown_outcome: true,
        },
    },
];

/// Each code's description, in the order of [`KnownCode::ALL`].
pub(crate) static DESCRIPTIONS: [Text; 102] = [
    Text {
        en: r"The SDK reports 0 when a connection ended with no WebSocket status at all: either the app closed the client itself, or the connection ended before any Close frame arrived, which LeanCloud's docs put down to a server restart or a problem with the local network. RFC 6455 leaves 0 unused, so it never travels on the wire.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接结束时没有收到任何 WebSocket 状态码，SDK 就报告 0：可能是应用自己关闭了客户端，也可能是连接在收到关闭帧之前就断开了，LeanCloud 文档给出的原因是服务器重启或本地网络出现问题。RFC 6455 没有使用 0，因此它不会出现在实际传输的数据中。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線結束時沒有收到任何 WebSocket 狀態碼，SDK 就會回報 0：可能是應用程式自行關閉了用戶端，也可能是連線在收到關閉訊框之前就中斷了，LeanCloud 文件列出的原因是伺服器重新啟動或本機網路發生問題。RFC 6455 沒有使用 0，因此它不會出現在實際傳輸的資料中。",
    },
    Text {
        en: r"LeanCloud's catch-all error: the server failed internally, or the request had a problem that no more specific code covers, most often a bad parameter. The reply's error text usually says which.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"LeanCloud 的通用错误码：服务器内部出错，或请求存在其他错误码都未涵盖的问题，最常见的是参数不正确。响应中的 error 文本通常会说明具体是哪种情况。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"LeanCloud 的通用錯誤碼：伺服器內部發生錯誤，或請求有其他錯誤碼都涵蓋不到的問題，最常見的是參數有誤。回應中的 error 文字通常會說明是哪種情況。",
    },
    Text {
        en: r"The client could not reach LeanCloud's servers. The Java IM SDK raises it, without sending anything, when an operation such as sending a message or querying conversations is attempted while the device has no network.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"客户端无法连接 LeanCloud 服务器。设备没有网络时，发送消息、查询对话等操作会被 Java 即时通讯 SDK 直接拦下并报告此错误，请求不会发出。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"用戶端無法連上 LeanCloud 伺服器。裝置沒有網路時，傳送訊息、查詢對話等操作會被 Java 即時通訊 SDK 直接攔下並回報這個錯誤，請求不會送出。",
    },
    Text {
        en: r"A query or conversation operation was malformed. The Java IM SDK raises it locally, without contacting the server, when a conversation operation runs on a conversation that has no ID yet.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"查询或对话操作的参数不正确。对尚无 ID 的对话执行操作时，Java 即时通讯 SDK 会在本地直接报告此错误，不会向服务器发送请求。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"查詢或對話操作的參數有誤。對還沒有 ID 的對話執行操作時，Java 即時通訊 SDK 會在本機直接回報這個錯誤，不會向伺服器送出請求。",
    },
    Text {
        en: r"The operation is not allowed in the client's current state, or not from a client at all. The Java IM SDK raises it when the client has not been opened, when Android keeps it from working in the background, or when the conversation type does not support the call. From the REST API, it means that a console setting forbids the operation for clients.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"客户端当前的状态不允许执行该操作，或该操作根本不允许由客户端发起。Java 即时通讯 SDK 在客户端尚未打开、Android 限制其在后台运行，或对话类型不支持该调用时报告此错误；若由 REST API 返回，则表示控制台中的某项设置禁止客户端执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"用戶端目前的狀態不允許執行這項操作，或這項操作根本不允許由用戶端發起。Java 即時通訊 SDK 在用戶端尚未開啟、Android 限制它在背景執行，或對話類型不支援這個呼叫時，會回報這個錯誤；若由 REST API 回傳，則表示主控台中的某項設定禁止用戶端執行這項操作。",
    },
    Text {
        en: r"A query asked for cached results and the local cache could not supply them all. In the Java IM SDK this happens when a cached conversation list names conversations missing from the local database.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"查询要求返回缓存结果，但本地缓存无法提供全部数据。在 Java 即时通讯 SDK 中，缓存的对话列表里有本地数据库中不存在的对话时，就会出现此错误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"查詢要求回傳快取結果，但本機快取無法提供全部資料。在 Java 即時通訊 SDK 中，快取的對話清單裡有本機資料庫中不存在的對話時，就會發生這個錯誤。",
    },
    Text {
        en: r"No answer arrived in time. The Java IM SDK raises it when a command gets no reply within its timeout (10 seconds by default) or all of its connection retries have failed. Requests over LeanCloud's rate limits end this way too, since the server drops them without replying.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"没有及时收到响应。命令在超时时间（默认 10 秒）内没有得到回复，或几次重试连接全部失败时，Java 即时通讯 SDK 会报告此错误。超出 LeanCloud 频率限制的请求会被服务器直接丢弃而不回复，因此最终也会报告此错误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"沒有及時收到回應。指令在逾時時間（預設 10 秒）內沒有收到回覆，或數次重試連線全部失敗時，Java 即時通訊 SDK 會回報這個錯誤。超出 LeanCloud 頻率限制的請求會被伺服器直接捨棄而不回覆，因此最後也會回報這個錯誤。",
    },
    Text {
        en: r"The Java SDK's code for an error that has no LeanCloud code of its own: any other exception is wrapped with it. In IM it usually means that the connection was down or still being restored when an operation was attempted; the wrapped exception says which.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"Java SDK 用这个码表示没有对应 LeanCloud 错误码的错误：其他任何异常都会被包装成它。在即时通讯中，它通常表示发起操作时连接已断开或仍在恢复；被包装的异常会说明具体是哪种情况。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"Java SDK 以這個碼表示沒有對應 LeanCloud 錯誤碼的錯誤：其他任何例外都會被包裝成它。在即時通訊中，它通常表示發起操作時連線已中斷或仍在恢復；被包裝的例外會說明是哪種情況。",
    },
    Text {
        en: r"The peer closed the connection in an orderly way, with no error to report.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对端正常关闭了连接，没有需要报告的错误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對方以正常程序關閉了連線，沒有錯誤需要回報。",
    },
    Text {
        en: r"The peer is going away: a server is shutting down, or a browser has navigated to another page.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对端要断开连接，例如服务器正在停机，或浏览器已跳转到其他页面。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對方要中斷連線，例如伺服器正在停機，或瀏覽器已前往其他網頁。",
    },
    Text {
        en: r"The connection was closed because one side broke a WebSocket protocol rule. tungstenite and Starscream also report 1002 in place of a received close code they do not allow.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"有一方违反了 WebSocket 协议规则，连接因此关闭。tungstenite 和 Starscream 收到不允许的关闭码时，也会改报 1002。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"有一方違反了 WebSocket 協定規則，連線因此關閉。tungstenite 與 Starscream 收到不允許的關閉碼時，也會改報 1002。",
    },
    Text {
        en: r"The peer received a kind of frame it does not accept, such as a binary frame on an endpoint that only takes text.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对端收到了它不接受的帧类型，例如只接受文本的端点收到了二进制帧。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對方收到了它不接受的訊框類型，例如只接受文字的端點收到了二進位訊框。",
    },
    Text {
        en: r"RFC 6455 reserves 1004 and gives it no meaning. It should never be sent in a Close frame, yet a peer that breaks the rule can still send it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"RFC 6455 保留了 1004，但没有规定其含义。这个码不应出现在关闭帧中，不过不守规则的对端仍可能发送它。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"RFC 6455 保留了 1004，但沒有定義它的意義。這個碼不應出現在關閉訊框中，不過不守規則的對方仍可能送出它。",
    },
    Text {
        en: r"A Close frame arrived without a status code, and the receiving side reports 1005 in its place. The code itself should never be sent in a Close frame, although tungstenite sends it when asked to.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"收到的关闭帧没有携带状态码，接收方以 1005 代为报告。这个码本身不应写入关闭帧，不过只要调用方要求，tungstenite 仍会照发。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"收到的關閉訊框沒有附帶狀態碼，接收端便以 1005 代為回報。這個碼本身不應寫入關閉訊框，不過只要呼叫端要求，tungstenite 仍會照樣送出。",
    },
    Text {
        en: r"The connection ended without a closing handshake: the underlying TCP connection dropped, often because a router or proxy cuts long-lived connections. It is reported locally and never sent in a Close frame.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接没有经过关闭握手就结束了，即底层 TCP 连接直接断开，常见原因是路由器或代理切断了长时间保持的连接。这个码只在本地报告，从不写入关闭帧。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線未經關閉交握就結束了，也就是底層 TCP 連線直接中斷，常見原因是路由器或代理伺服器切斷了長時間維持的連線。這個碼只在本機回報，從不寫入關閉訊框。",
    },
    Text {
        en: r"A message's bytes did not match its frame type, for example a text frame that is not valid UTF-8. The Swift SDK's WebSocket layer also closes with 1007 when it cannot decompress a permessage-deflate frame.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"消息的字节内容与帧类型不符，例如文本帧不是合法的 UTF-8。Swift SDK 的 WebSocket 层在无法解压 permessage-deflate 帧时，也会以 1007 关闭连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"訊息的位元組內容與訊框類型不符，例如文字訊框不是有效的 UTF-8。Swift SDK 的 WebSocket 層無法解壓縮 permessage-deflate 訊框時，也會以 1007 關閉連線。",
    },
    Text {
        en: r"The peer closed the connection because a message broke one of its policies. It is the catch-all for breaches that have no more specific code, and the peer may not say which rule was broken.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对端认为某条消息违反了它的策略，因此关闭了连接。这是没有更具体的关闭码时使用的通用码，对端也未必会说明违反了哪条规则。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對方認為某則訊息違反了它的政策，因此關閉了連線。這是沒有更具體的關閉碼時使用的通用碼，對方也未必會說明違反了哪條規則。",
    },
    Text {
        en: r"A message was larger than the peer will accept. LeanCloud IM reports its own 5 KB message limit with 4109 instead.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"消息大小超出了对端能接受的上限。LeanCloud 即时通讯自身的单条消息 5 KB 上限用 4109 报告，而不是这个码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"訊息大小超出了對方能接受的上限。LeanCloud 即時通訊本身的單則訊息 5 KB 上限是以 4109 回報，而不是這個碼。",
    },
    Text {
        en: r"The client ended the connection because the server's handshake did not accept a WebSocket extension the client requires. Only clients send this code.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器的握手响应没有接受客户端必需的某个 WebSocket 扩展，客户端因此结束了连接。只有客户端会发送这个码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器的交握回應沒有接受用戶端必要的某個 WebSocket 擴充功能，用戶端因此結束了連線。只有用戶端會送出這個碼。",
    },
    Text {
        en: r"The server met an unexpected condition and could not go on serving the connection. Not to be confused with LeanCloud IM's 4200, which has the same name.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器遇到意外情况，无法继续为该连接提供服务。请勿与同名的 LeanCloud 即时通讯错误码 4200 混淆。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器遇到非預期的狀況，無法繼續為這條連線提供服務。請勿與同名的 LeanCloud 即時通訊錯誤碼 4200 混淆。",
    },
    Text {
        en: r"The server is restarting and closed the connection.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器正在重启，因此关闭了连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器正在重新啟動，因此關閉了連線。",
    },
    Text {
        en: r"The server cannot take this connection for now, for example because it is overloaded.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器暂时无法接受这个连接，例如负载过高。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器暫時無法接受這條連線，例如負載過重。",
    },
    Text {
        en: r"A gateway or proxy in front of the server got an invalid response from the server behind it. tungstenite and Starscream do not accept 1014 from a peer and report 1002 instead.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器前端的网关或代理从后端服务器收到了无效响应。tungstenite 和 Starscream 不接受对端发来的 1014，会改报 1002。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器前端的閘道或代理伺服器，從後方的伺服器收到了無效的回應。tungstenite 與 Starscream 不接受對方送來的 1014，會改報 1002。",
    },
    Text {
        en: r"The TLS handshake failed, for example because the server's certificate could not be verified, which a wrong device clock or a network that intercepts traffic (a Wi-Fi sign-in page, a corporate proxy) can cause. The code should never be sent in a Close frame, although tungstenite sends it when asked to.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"TLS 握手失败，例如服务器证书无法通过验证；设备时间不准确，或中间的网络拦截了流量（例如需要网页认证的 Wi-Fi、企业代理），都可能导致这种情况。这个码不应写入关闭帧，不过只要调用方要求，tungstenite 仍会照发。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"TLS 交握失敗，例如伺服器憑證無法通過驗證；裝置時間不正確，或中間的網路攔截了流量（例如需要網頁登入的 Wi-Fi、公司的代理伺服器），都可能造成這種情況。這個碼不應寫入關閉訊框，不過只要呼叫端要求，tungstenite 仍會照樣送出。",
    },
    Text {
        en: r"IANA registers 3000 as Unauthorized. LeanCloud's servers do not send it; the Java SDK uses it to close its own socket when a ping gets no answer in time.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"IANA 将 3000 登记为 Unauthorized（未授权）。LeanCloud 服务器不会发送它；Java SDK 在 ping 迟迟得不到响应时，会用 3000 关闭自己的套接字。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"IANA 將 3000 登記為 Unauthorized（未授權）。LeanCloud 伺服器不會送出它；Java SDK 在 ping 遲遲得不到回應時，會用 3000 關閉自己的 socket。",
    },
    Text {
        en: r"IANA registers 3003 as Forbidden: the peer knows who the client is but will not let it in. LeanCloud's servers and SDKs do not use it, so it most likely comes from another component on the path.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"IANA 将 3003 登记为 Forbidden（禁止访问）：对端已识别客户端身份，但不允许其访问。LeanCloud 的服务器和 SDK 都不使用这个码，因此它很可能来自路径上的其他组件。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"IANA 將 3003 登記為 Forbidden（禁止存取）：對方已確認用戶端的身分，但不允許它存取。LeanCloud 的伺服器與 SDK 都不使用這個碼，因此它很可能來自路徑上的其他元件。",
    },
    Text {
        en: r"IANA registers 3008 as Timeout: the peer closed the connection because something took too long. LeanCloud's servers and SDKs do not use it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"IANA 将 3008 登记为 Timeout（超时）：对端因某项操作耗时过长而关闭了连接。LeanCloud 的服务器和 SDK 都不使用这个码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"IANA 將 3008 登記為 Timeout（逾時）：對方因某項操作耗時過久而關閉了連線。LeanCloud 的伺服器與 SDK 都不使用這個碼。",
    },
    Text {
        en: r"The App ID names no existing app, or the app has its instant messaging service turned off.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"找不到 App ID 所指的应用，或者该应用没有开启即时通讯服务。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"找不到 App ID 所指的應用程式，或是該應用程式沒有啟用即時通訊服務。",
    },
    Text {
        en: r"The push service saw one device sign in to it twice. LeanCloud's docs place this code with push; it has no bearing on instant messaging.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"推送服务发现同一台设备重复登录。LeanCloud 文档将此错误码归在推送服务下，它与即时通讯无关。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"推播服務偵測到同一部裝置重複登入。LeanCloud 文件將這個錯誤碼歸在推播服務之下，它與即時通訊無關。",
    },
    Text {
        en: r"The server rejected the signature sent with the session open (login), so no session was opened.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端拒绝了打开会话（登录）时附带的签名，会话未能打开。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器拒絕了開啟工作階段（登入）時附上的簽章，工作階段未能開啟。",
    },
    Text {
        en: r"The client ID given when opening the session is malformed. A valid ID uses only ASCII letters, digits, half-width '_' and '-', does not begin with a digit, and is at most 64 characters long.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"打开会话时提交的客户端 ID 不符合格式要求：只能包含英文字母、数字、半角的“_”和“-”，不能以数字开头，长度不超过 64 个字符。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"開啟工作階段時送出的用戶端 ID 格式不符：只能包含英文字母、數字、半形的「_」與「-」，不可以數字開頭，長度最多 64 個字元。",
    },
    Text {
        en: r"The server received a command while this connection had no open session: it was sent before the session open completed, or while the SDK was still re-opening the session after a reconnect. The request itself may well be fine.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端收到命令时，这条连接上没有已打开的会话：命令在打开会话完成之前就发出了，或者是在重新连接后、SDK 仍在重新打开会话时发出的。请求本身很可能没有问题。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器收到指令時，這條連線上沒有已開啟的工作階段：指令在工作階段開啟完成前就送出了，或是在重新連線後、SDK 仍在重新開啟工作階段時送出的。請求本身很可能沒有問題。",
    },
    Text {
        en: r"This client ID is blacklisted and may not use the instant messaging service.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该客户端 ID 已被列入黑名单，无法使用即时通讯服务。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個用戶端 ID 已被列入黑名單，無法使用即時通訊服務。",
    },
    Text {
        en: r"The server heard nothing from the client, not even a heartbeat, for too long and closed the connection. This usually points to a poor or broken network.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"客户端在很长一段时间内没有发来任何数据，连心跳也没有，服务端因此关闭了连接。这通常意味着网络状况不佳或已断开。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"用戶端在很長一段時間內沒有送來任何資料，連心跳也沒有，伺服器因此關閉了連線。這通常表示網路品質不佳或已中斷。",
    },
    Text {
        en: r"The connection was up, but no session was opened before the server's deadline, so the server closed it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接建立后，客户端迟迟没有打开会话，超过了服务端规定的时限，服务端因此关闭了连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線建立後，用戶端遲遲沒有開啟工作階段，超過伺服器規定的時限，伺服器因此關閉了連線。",
    },
    Text {
        en: r"The client sent a frame larger than the server accepts, and the server closed the connection. A message may be at most 5 KB, extra data such as pushData included.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"客户端发出的帧超过了服务端允许的大小，服务端随即关闭了连接。单条消息最大 5 KB，pushData 等附加数据也计算在内。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"用戶端送出的訊框超過伺服器允許的大小，伺服器隨即關閉連線。單則訊息上限為 5 KB，pushData 等附加資料也計算在內。",
    },
    Text {
        en: r"The app limits web access to its secure domains, and this connection came from a page on a domain that is not among them.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用限定了可访问的 Web 安全域名，而发起这条连接的网页所在域名不在其中。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式限定了可存取的 Web 安全網域，而發起這條連線的網頁所在網域不在清單中。",
    },
    Text {
        en: r"Single-device login is on, and another device signed in with the same client ID and tag, so the server ended this device's session. An automatic re-login that would push the other device out fails with this code instead.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用启用了单设备登录，另一台设备用相同的客户端 ID 和 tag 登录，服务端因此结束了本设备的会话。自动重新登录不会把另一台设备踢下线，而是直接以此错误码失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式啟用了單一裝置登入，另一部裝置以相同的用戶端 ID 與 tag 登入，伺服器因此結束了這部裝置的工作階段。自動重新登入不會把另一部裝置踢下線，而是直接以這個錯誤碼失敗。",
    },
    Text {
        en: r"The session token presented is expired or invalid, so the server will not restore the session with it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"客户端提供的会话令牌已过期或无效，服务端不会凭它恢复会话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"用戶端提供的工作階段權杖已過期或無效，伺服器不會用它恢復工作階段。",
    },
    Text {
        en: r"The number of users who signed in today has reached the cap the app set, so the server refuses new sign-ins until the daily count resets.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"今日登录的用户数已达到应用设定的上限；在次日计数重置之前，服务端会拒绝新的登录。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"今天登入的使用者人數已達應用程式設定的上限；在隔天計數重設之前，伺服器會拒絕新的登入。",
    },
    Text {
        en: r"The server could not decode the data the client sent, and closed the connection.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端无法解码客户端发来的数据，随即关闭了连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器無法解碼用戶端送來的資料，隨即關閉連線。",
    },
    Text {
        en: r"The app's backend signed this client out through LeanCloud's REST kick API, and the server ended the session.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的后端通过 LeanCloud 的 REST 强制下线接口让此客户端下线，服务端已结束其会话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式後端透過 LeanCloud 的 REST 強制下線 API 讓這個用戶端下線，伺服器已結束其工作階段。",
    },
    Text {
        en: r"The app as a whole is sending messages faster than its rate limit allows, and the server refused this one. The docs do not say over what period the rate is counted.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"整个应用的消息发送频率超出了限制，服务端拒绝了这条消息。文档没有说明频率按多长时间统计。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"整個應用程式的訊息傳送頻率超出了限制，伺服器拒絕了這則訊息。文件沒有說明頻率以多長的時間計算。",
    },
    Text {
        en: r"A sign-out through the IM SDK did not complete: the server failed to remove the link between the user and this device's installation. LeanCloud documents nothing more, not even whether the session itself was closed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"用户在即时通讯 SDK 中退出登录，但这一步没有全部完成：服务端没能解除该用户与本设备安装记录（installation）的关联。LeanCloud 文档对此没有更多说明，连会话本身是否已关闭也没有交代。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"使用者在即時通訊 SDK 中登出，但這個步驟沒有全部完成：伺服器未能解除該使用者與這部裝置安裝紀錄（installation）的關聯。LeanCloud 文件對此沒有更多說明，連工作階段本身是否已關閉也沒有交代。",
    },
    Text {
        en: r"The instant messaging server failed internally while handling the connection or a request.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"即时通讯服务端在处理连接或请求时出现内部故障。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"即時通訊伺服器在處理連線或請求時發生內部故障。",
    },
    Text {
        en: r"The server timed out while sending a message submitted through the API. The message may or may not have been delivered.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端在发送一条经 API 提交的消息时超时。这条消息可能已经送达，也可能没有。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器在傳送一則透過 API 提交的訊息時逾時。這則訊息可能已經送達，也可能沒有。",
    },
    Text {
        en: r"The IM server failed internally while processing a conversation operation; the request itself may well be correct.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"即时通讯服务端在处理对话操作时出现内部故障，请求本身很可能没有问题。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"即時通訊伺服器在處理對話操作時發生內部故障，請求本身很可能沒有問題。",
    },
    Text {
        en: r"A backend service that the conversation operation depends on returned an error. The server puts the specifics in the error's detail field.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对话操作所依赖的后端服务返回了错误，具体原因由服务端写在错误的 detail 字段中。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對話操作所依賴的後端服務回傳了錯誤，詳細原因由伺服器寫在錯誤的 detail 欄位中。",
    },
    Text {
        en: r"The server rejected the signature attached to this conversation operation (creating a conversation, or joining, inviting or kicking members).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这次对话操作（创建对话，或加入、邀请、踢出成员）所附的签名没有通过服务端校验。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這次對話操作（建立對話，或加入、邀請、踢出成員）所附的簽章未通過伺服器驗證。",
    },
    Text {
        en: r"The server found no conversation with this ID, or could not load its data (LeanCloud names an exceeded API concurrency limit as one cause).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端找不到该 ID 对应的对话，或未能读取它的数据（LeanCloud 提到的原因之一是超出了 API 并发上限）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器找不到這個 ID 對應的對話，或無法讀取它的資料（LeanCloud 提到的原因之一是超出了 API 並行上限）。",
    },
    Text {
        en: r"The conversation already holds as many members as it may, so no one else can be added. A normal conversation is capped at 500 members.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对话成员数已达上限，无法再添加成员。普通对话最多容纳 500 名成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對話成員數已達上限，無法再加入任何人。一般對話最多容納 500 名成員。",
    },
    Text {
        en: r"One of the app's Cloud Engine conversation hooks rejected the operation: creating the conversation, joining it, inviting or removing members, or updating it. The hook may attach its own integer code (appCode) and explanation (detail).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的某个对话相关云引擎 Hook 拒绝了这次操作（创建对话、加入对话、邀请或移除成员，或更新对话）。Hook 可以附带自定义的整数错误码（appCode）和说明（detail）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的某個對話相關雲引擎 Hook 拒絕了這次操作（建立對話、加入對話、邀請或移除成員，或更新對話）。Hook 可以附上自訂的整數錯誤碼（appCode）與說明（detail）。",
    },
    Text {
        en: r"The server could not apply the change to the conversation (its name, attributes and the like); LeanCloud gives no cause.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端未能保存对对话的修改（名称、自定义属性等），LeanCloud 没有说明原因。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器未能儲存對話的修改（名稱、自訂屬性等），LeanCloud 沒有說明原因。",
    },
    Text {
        en: r"The conversation is read-only: neither its data nor its member list may be changed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这是一个只读对话，它的数据和成员列表都不能修改。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這是唯讀對話，其資料與成員名單都不允許變更。",
    },
    Text {
        en: r"The current client has no right to post messages in this conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"当前客户端在这个对话中没有发消息的权限。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"目前的用戶端在這個對話中沒有傳送訊息的權限。",
    },
    Text {
        en: r"Only members may change a conversation, and the client that sent this update does not belong to it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只有成员才能修改对话，而发出这次修改的客户端不属于该对话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只有成員才能修改對話，而送出這次修改的用戶端不屬於該對話。",
    },
    Text {
        en: r"The server gave up on the conversation query, most often because it ran too long: the query is slow, or other slow queries are holding up the database.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端放弃了这次对话查询，多半是因为执行时间过长：可能这条查询本身很慢，也可能是其他慢查询拖慢了数据库。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器放棄了這次對話查詢，多半是因為執行時間過長：可能是這個查詢本身很慢，也可能是其他慢查詢拖慢了資料庫。",
    },
    Text {
        en: r"Loading the conversation's message history failed; in most cases the read timed out.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"读取对话的历史消息失败，多数情况下是读取超时。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"讀取對話的歷史訊息失敗，多數情況是讀取逾時。",
    },
    Text {
        en: r"A conversation's history is readable only by its members, and the client asking for it is not one.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对话的历史消息只对成员开放，而发出请求的客户端不是成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對話的歷史訊息只開放給成員，而送出請求的用戶端並非成員。",
    },
    Text {
        en: r"The operation is defined only for system conversations, and the target conversation is of another kind.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此操作仅适用于系统对话，而目标对话属于其他类型。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"此操作只能用於系統對話，而目標對話屬於其他類型。",
    },
    Text {
        en: r"The operation is defined only for normal conversations, and the target is another kind, such as a chat room, a system conversation or a temporary conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此操作仅适用于普通对话，而目标对话是聊天室、系统对话、临时对话等其他类型。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"此操作只能用於一般對話，而目標對話是聊天室、系統對話、臨時對話等其他類型。",
    },
    Text {
        en: r"The client is on this conversation's temporary blacklist, and everything it tries to post here is refused while the entry stands.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该客户端已被列入这个对话的临时黑名单；在被移出之前，它在这里发送的消息一律会被拒绝。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"此用戶端在這個對話的臨時黑名單中；在被移出之前，它在這裡傳送的訊息一律會遭到拒絕。",
    },
    Text {
        en: r"The operation is defined only for chat rooms (transient conversations), and the target conversation is of another kind.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此操作仅适用于聊天室（暂态对话），而目标对话属于其他类型。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"此操作只能用於聊天室（暫態對話），而目標對話屬於其他類型。",
    },
    Text {
        en: r"Only members of the conversation may perform this operation, and this client has not joined it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这项操作只对对话成员开放，而当前客户端不是成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這項操作只開放給對話成員，而目前的用戶端不是成員。",
    },
    Text {
        en: r"Conversation operations went over the API request limit that comes with the app's plan.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的对话操作超出了当前方案的 API 请求上限。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的對話操作超出了所屬方案的 API 請求上限。",
    },
    Text {
        en: r"The operation needs a higher role in the conversation than the client holds.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这项操作需要更高的成员角色，当前客户端的角色权限不足。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這項操作需要更高的成員角色，目前用戶端的角色權限不足。",
    },
    Text {
        en: r"The member role in the request is not a value the server recognizes.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请求中的成员角色不是服务端可识别的值。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請求中的成員角色不是伺服器可辨識的值。",
    },
    Text {
        en: r"Every seat for that role in the conversation is taken, so the role cannot be given to another member.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此对话中该角色的名额已满，无法再将该角色授予其他成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個對話中此角色的名額已滿，無法再將這個角色指派給其他成員。",
    },
    Text {
        en: r"The temporary conversation has outlived its time to live (1 day by default, 30 days at most), or it no longer exists.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该临时对话已超过有效期（默认 1 天，最长 30 天），或已不存在。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個臨時對話已超過有效期限（預設 1 天，最長 30 天），或已不存在。",
    },
    Text {
        en: r"The operation would leave the conversation without a member in the Owner role, and the server requires one.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"对话必须始终有一名所有者，而这次操作会让它失去所有者。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"對話必須隨時有一位擁有者，而這次操作會讓它失去擁有者。",
    },
    Text {
        en: r"The conversation member attributes feature, which member roles rely on, is not enabled for this app, so the operation was refused.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用没有启用“对话成员属性”功能，而成员角色依赖该功能，因此操作被拒绝。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"此應用程式未啟用「對話成員屬性」功能，而成員角色需要這項功能，因此操作遭到拒絕。",
    },
    Text {
        en: r"The server would not deliver the message: no conversation has that ID any more, or the sending client is not in its member list. Conversations with no activity for 6 months are deleted, so old IDs end here too.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端没有投递这条消息：目标对话已不存在，或发送方客户端不是该对话的成员。连续 6 个月没有任何活动的对话会被删除，因此使用旧的对话 ID 也会遇到此错误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器未遞送這則訊息：目標對話已不存在，或傳送訊息的用戶端不是該對話的成員。連續 6 個月沒有任何活動的對話會被刪除，因此使用舊的對話 ID 也會收到這個錯誤。",
    },
    Text {
        en: r"The app's Cloud Engine hook `_messageReceived` dropped this message, so it was not delivered. The ack may carry the hook's own code (`appCode`) and text (`appMsg`).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的云引擎 Hook `_messageReceived` 丢弃了这条消息，消息未被投递。服务端的确认（ack）中可能带有 Hook 自定义的错误码（`appCode`）和说明（`appMsg`）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的雲引擎 Hook `_messageReceived` 捨棄了這則訊息，訊息並未送達。伺服器的確認（ack）中可能附有 Hook 自訂的錯誤碼（`appCode`）與說明（`appMsg`）。",
    },
    Text {
        en: r"The server refused to edit or recall the message because this client is not allowed to change it; usually someone else sent it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端拒绝编辑或撤回这条消息：当前客户端无权修改它，通常是因为消息由他人发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器拒絕編輯或收回這則訊息：目前的用戶端無權變更它，通常是因為訊息由別人傳送。",
    },
    Text {
        en: r"The message that an edit, recall or other message operation names does not exist on the server.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"编辑、撤回等消息操作所指定的消息在服务端并不存在。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"編輯、收回等訊息操作所指定的訊息，在伺服器上並不存在。",
    },
    Text {
        en: r"The app's Cloud Engine hook `_messageUpdate` refused this edit or recall; the message is unchanged.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的云引擎 Hook `_messageUpdate` 拒绝了此次编辑或撤回，消息保持不变。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的雲引擎 Hook `_messageUpdate` 拒絕了這次編輯或收回，訊息維持不變。",
    },
    Text {
        en: r"Editing messages from client SDKs is switched off for this app, so the server refused the edit.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用关闭了通过客户端 SDK 编辑消息的功能，服务端因此拒绝了这次编辑。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放透過用戶端 SDK 編輯訊息，因此伺服器拒絕了這次編輯。",
    },
    Text {
        en: r"Recalling messages from client SDKs is switched off for this app, so the server refused the recall.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用关闭了通过客户端 SDK 撤回消息的功能，服务端因此拒绝了这次撤回。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放透過用戶端 SDK 收回訊息，因此伺服器拒絕了這次收回。",
    },
    Text {
        en: r"Not a failure: the sensitive-word filter rewrote this message's content. It arrives on a message-update notice (patch code -4408), not as an error reply.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这不是错误：敏感词过滤改写了这条消息的内容。它出现在消息更新通知中（patchCode 为 -4408），而不是以错误响应的形式返回。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這不是錯誤：敏感詞過濾改寫了這則訊息的內容。它出現在訊息更新通知中（patchCode 為 -4408），而不是以錯誤回應的形式回傳。",
    },
    Text {
        en: r"The blacklist has reached its size limit, so the server added no further entries.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"黑名单的条目数已达上限，服务端没有再添加新条目。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"黑名單的項目數已達上限，伺服器未再加入新的項目。",
    },
    Text {
        en: r"The blacklist feature is switched off for this app, so blacklist operations and queries are refused.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用关闭了黑名单功能，相关的操作与查询都会被拒绝。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式關閉了黑名單功能，相關的操作與查詢都會被拒絕。",
    },
    Text {
        en: r"The server could not verify the signature attached to a blacklist operation (blocking or unblocking).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端无法验证黑名单操作（加入或移出黑名单）所附带的签名。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器無法驗證黑名單操作（加入或移出黑名單）所附的簽章。",
    },
    Text {
        en: r"The requesting client is on the target conversation's blacklist, so the server refused the operation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"发起请求的客户端在目标对话的黑名单中，服务端拒绝了这次操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"發出請求的用戶端在目標對話的黑名單中，伺服器拒絕了這次操作。",
    },
    Text {
        en: r"The conversation's list of muted members is at its limit, so no more members can be muted.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该对话的禁言名单已满，无法再禁言更多成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個對話的禁言名單已滿，無法再禁言更多成員。",
    },
    Text {
        en: r"The sender is muted in this conversation, so the server refused the message.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"发送者在该对话中处于禁言状态，服务端拒绝了这条消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"傳送者在這個對話中處於禁言狀態，伺服器拒絕了這則訊息。",
    },
    Text {
        en: r"The JavaScript SDK refused, before sending anything, to give a member the owner role: a client can set a member's role only to manager or member.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"JavaScript SDK 在发送请求前就拒绝了将成员角色设为所有者：客户端只能把成员角色设为管理员或普通成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"JavaScript SDK 在送出請求前就拒絕將成員角色設為擁有者：用戶端只能將成員角色設為管理員或一般成員。",
    },
    Text {
        en: r"No reply to a request arrived before the SDK's command timeout (20 s in JS, 30 s in Swift and ObjC; Java reports the same case as 124 after 10 s). Requests over the per-minute rate limits get no reply at all and end this way.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"在 SDK 的命令超时时间内没有收到请求的响应（JS 为 20 秒，Swift 与 ObjC 为 30 秒；Java 在 10 秒后以 124 报告同样的情况）。超出每分钟频率限制的请求不会得到任何响应，最终也会以此错误结束。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"在 SDK 的指令逾時時間內沒有收到請求的回應（JS 為 20 秒，Swift 與 ObjC 為 30 秒；Java 會在 10 秒後以 124 回報相同情況）。超出每分鐘頻率限制的請求完全不會收到回應，最後也會以這個錯誤結束。",
    },
    Text {
        en: r"The connection is unavailable or was lost: the app went to the background, the network became unreachable or changed, or either side closed the socket. Requests still waiting for a reply fail with this code.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接不可用或已断开：应用进入后台、网络不可用或发生切换，或任一方关闭了套接字。仍在等待响应的请求会以此错误失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線無法使用或已中斷：應用程式進入背景、網路無法連線或發生切換，或任一方關閉了 socket。仍在等待回應的請求會以這個錯誤失敗。",
    },
    Text {
        en: r"The call needs an open client, but the client has not been opened, has not finished opening, or its session was closed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此调用需要客户端处于打开状态，但客户端尚未打开、仍在打开过程中，或其会话已关闭。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個呼叫需要用戶端處於開啟狀態，但用戶端尚未開啟、仍在開啟中，或其工作階段已關閉。",
    },
    Text {
        en: r"A reply from the server lacked something the request needs, or had an unexpected form. ObjC also reports it when an outgoing command cannot be serialized. When it answers a session open, Swift and ObjC close the session.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端的响应缺少请求所需的内容，或格式不符合预期；ObjC 在发出的命令无法序列化时也会报告此错误。如果它是打开会话请求的响应，Swift 与 ObjC 会关闭会话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器的回應缺少請求所需的內容，或格式不符預期；ObjC 在送出的指令無法序列化時也會回報這個錯誤。若它是開啟工作階段請求的回應，Swift 與 ObjC 會關閉工作階段。",
    },
    Text {
        en: r"The encoded request is larger than 5120 bytes (5 KB), so Swift or ObjC refused to send it; the server limits a message to the same 5 KB (4109).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"编码后的请求超过 5120 字节（5 KB），Swift 或 ObjC 拒绝发送；服务端对单条消息的上限同样是 5 KB（4109）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"編碼後的請求超過 5120 位元組（5 KB），Swift 或 ObjC 拒絕傳送；伺服器對單則訊息的上限同樣是 5 KB（4109）。",
    },
    Text {
        en: r"The SDK's own lookup (its cache, or a query it ran) found no conversation with this ID. This is a local result, separate from the server's 4303.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 自身的查找（本地缓存或它发起的查询）没有找到该 ID 对应的对话。这是本地结果，与服务端的 4303 不同。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 在本機快取或自行發出的查詢中，都找不到這個 ID 對應的對話。這是本機的結果，與伺服器的 4303 不同。",
    },
    Text {
        en: r"The SDK refused, before sending, to edit or recall a message that another client sent or that belongs to a different conversation from the one the call was made on.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 在发出请求前就拒绝了编辑或撤回这条消息：它由其他客户端发送，或不属于本次调用所在的对话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 在送出請求前就拒絕了編輯或收回這則訊息：它是由其他用戶端傳送，或不屬於這次呼叫所在的對話。",
    },
    Text {
        en: r"The SDK refused to edit or recall a message that was never sent successfully (it has no server ID or sent timestamp yet).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 拒绝编辑或撤回一条从未发送成功的消息（它还没有服务端分配的 ID 或发送时间戳）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 拒絕編輯或收回一則從未傳送成功的訊息（它還沒有伺服器指派的 ID 或傳送時間戳記）。",
    },
    Text {
        en: r"The Swift or Objective-C SDK refused, before sending anything, to give a member the owner role: a client can set a member's role only to manager or member.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"Swift 或 Objective-C SDK 在发送请求前就拒绝了将成员角色设为所有者：客户端只能把成员角色设为管理员或普通成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"Swift 或 Objective-C SDK 在送出請求前就拒絕將成員角色設為擁有者：用戶端只能將成員角色設為管理員或一般成員。",
    },
    Text {
        en: r"The Java SDK refused a call because the object is not in a state that allows it, for example when an inbox status query is asked for a count.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"Java SDK 拒绝了此调用，因为对象当前的状态不允许这样做，例如对收件箱类型的状态查询请求计数。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"Java SDK 拒絕了這個呼叫，因為物件目前的狀態不允許這麼做，例如對收件匣類型的狀態查詢要求計數。",
    },
    Text {
        en: r"A required argument was missing or empty, caught locally before anything was sent. Flutter's Android plugin returns it for an empty client ID, a missing conversation ID, an empty set of attributes to update or an empty member list; the Java SDK uses it for invalid arguments in general.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"缺少必需的参数或参数为空，在发送任何内容之前就被本地检查拦下。Flutter 的 Android 插件会在客户端 ID 为空、缺少对话 ID、要更新的属性为空或成员列表为空时返回它；Java SDK 则把它用于各类无效参数。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"缺少必要參數或參數為空，在送出任何內容之前就被本機檢查攔下。Flutter 的 Android 外掛會在用戶端 ID 為空、缺少對話 ID、要更新的屬性為空或成員清單為空時回傳它；Java SDK 則將它用於各種無效的參數。",
    },
    Text {
        en: r"Something the SDK needed was missing, for example an IM server address in the router's reply (ObjC then ends the connection attempt) or data in a response. The error's reason names what was missing.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 缺少所需的内容，例如路由响应中没有即时通讯服务器地址（ObjC 会因此结束本次连接尝试），或响应中缺少数据。错误的 reason 会说明缺少的是什么。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 缺少所需的內容，例如路由回應中沒有即時通訊伺服器位址（ObjC 會因此結束這次連線嘗試），或回應中缺少資料。錯誤的 reason 會說明缺少什麼。",
    },
    Text {
        en: r"The SDK met a value of a type that does not fit the operation, such as adding to or appending on a field whose type does not support it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 遇到了类型与操作不匹配的值，例如对不支持该操作的字段类型执行添加或追加。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 遇到型別與操作不相符的值，例如對不支援該操作的欄位型別執行新增或附加。",
    },
    Text {
        en: r"Data the SDK received was not in the expected format: a router reply without a server address, a sign-in reply without its signature fields, or attributes in a reply that could not be decoded.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 收到的数据格式不符合预期：路由响应中没有服务器地址、登录响应缺少签名字段，或响应中的属性无法解析。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 收到的資料格式不符預期：路由回應中沒有伺服器位址、登入回應缺少簽章欄位，或回應中的屬性無法解析。",
    },
    Text {
        en: r"The SDK was used in a way it does not allow: a bad parameter (such as no client IDs, or more than 20, in one query) or a call out of order (such as opening a client that is already open or opening). Swift also reports it when it cannot build the IM router address because the app has no server URL configured.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"SDK 的用法不符合要求：参数有误（例如一次查询不带客户端 ID 或超过 20 个），或调用顺序不对（例如重复打开已打开或正在打开的客户端）。如果应用没有设置服务器地址，Swift 无法生成即时通讯路由地址，也会报告此错误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"SDK 的用法不符合要求：參數有誤（例如一次查詢未帶用戶端 ID 或超過 20 個），或呼叫順序不對（例如重複開啟已開啟或正在開啟的用戶端）。如果應用程式沒有設定伺服器位址，Swift 無法產生即時通訊路由位址，也會回報這個錯誤。",
    },
    Text {
        en: r"Swift or ObjC wrapped an error that did not come from LeanCloud (the socket or WebSocket library, the system's network stack, HTTP, local storage, serialization); the original error is attached. Swift wraps every WebSocket close this way, ObjC those with codes outside 4000-4999.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"Swift 或 ObjC 包装了一个并非来自 LeanCloud 的错误（套接字或 WebSocket 库、系统网络栈、HTTP、本地存储、序列化），并附上了原始错误。Swift 会以这种方式包装所有 WebSocket 关闭，ObjC 只包装状态码不在 4000-4999 之间的关闭。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"Swift 或 ObjC 包裝了一個不是來自 LeanCloud 的錯誤（socket 或 WebSocket 程式庫、系統網路堆疊、HTTP、本機儲存、序列化），原始錯誤已附上。Swift 會以這種方式包裝所有 WebSocket 關閉，ObjC 只包裝狀態碼不在 4000-4999 之間的關閉。",
    },
];

/// Each code's hint, in the order of [`KnownCode::ALL`].
pub(crate) static HINTS: [Text; 102] = [
    Text {
        en: r"If your app called close(), there is nothing to do and no reconnect follows. Otherwise the SDK reconnects with backoff; wait for it, or reconnect yourself if you drive the connection.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果是应用自己调用了 close()，无需处理，SDK 也不会重新连接。其他情况下，SDK 会自动重新连接并逐步拉长重试间隔，等待它完成即可；如果连接由你自己管理，请自行重新连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"如果是應用程式自己呼叫了 close()，就不需要處理，SDK 也不會重新連線。其他情況下，SDK 會自動重新連線並逐步拉長重試間隔，等它完成即可；如果連線由你自行管理，請自行重新連線。",
    },
    Text {
        en: r"Read the error text in the reply and fix what it names, such as a wrong parameter or a feature switched off in the console; resending the request unchanged fails again. If the text names nothing, the fault may be on the server: a resend some time later may succeed, and if it keeps failing, report it to LeanCloud support.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看响应中的 error 文本，并修正其中指出的问题，例如参数错误，或某项功能未在控制台中开启；原样重发请求仍会失败。如果文本没有说明原因，问题可能出在服务器一侧：过一段时间再重发或许能成功；如果持续出现，请联系 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看回應中的 error 文字，並修正其中指出的問題，例如參數錯誤，或某項功能未在主控台中開啟；原封不動地重送請求仍會失敗。如果文字沒有說明原因，問題可能出在伺服器端：過一段時間再重送或許能成功；若持續發生，請聯絡 LeanCloud 技術支援。",
    },
    Text {
        en: r"Retry once the network is back: the request never left the device, so resending it cannot create a duplicate. The SDK reconnects by itself when the network returns.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在网络恢复后重试；请求根本没有发出，重发不会造成重复。网络恢复后，SDK 会自动重新连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在網路恢復後再試；請求根本沒有送出，重送不會造成重複。網路恢復後，SDK 會自動重新連線。",
    },
    Text {
        en: r"Give the conversation an ID before operating on it (create it, or fetch it by ID, first), and check the query's conditions; resending the same call fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先确保对话已有 ID（先创建对话，或按 ID 获取对话）再进行操作，并检查查询条件；原样重复同一调用仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先確認對話已有 ID（先建立對話，或依 ID 取得對話）再進行操作，並檢查查詢條件；原封不動地重複同一個呼叫仍會失敗。",
    },
    Text {
        en: r"Open the client and wait for the open to complete before calling IM operations, call them while the app is in the foreground, and skip calls that the conversation type does not support. If the REST API returned it, enable the matching option in the app's console settings.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先打开客户端，等打开完成后再调用即时通讯接口；请在应用处于前台时调用，并跳过该对话类型不支持的调用。如果是 REST API 返回的，请在应用的控制台设置中开启相应选项。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先開啟用戶端，等開啟完成後再呼叫即時通訊操作；請在應用程式位於前景時呼叫，並略過這種對話類型不支援的呼叫。如果是 REST API 回傳的，請在應用程式的主控台設定中開啟對應的選項。",
    },
    Text {
        en: r"Query the server instead (a cache policy that allows the network), or fall back to the network when the cache misses; repeating a cache-only query will not fill the cache.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请改为向服务器查询（选用允许联网的缓存策略），或在缓存未命中时改为联网查询；反复执行只查缓存的查询并不会补全缓存。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請改為向伺服器查詢（選用允許連網的快取策略），或在快取未命中時改用網路查詢；重複執行只查快取的查詢並不會補齊快取。",
    },
    Text {
        en: r"Retry, but the request may already have been applied: before resending a message or another non-idempotent request, check whether it went through, for example by querying recent messages. If timeouts pile up, slow down, since you may be over a rate limit.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"可以重试，但请求可能已经生效：重发消息等非幂等请求之前，请先确认它是否已经成功，例如查询最近的消息。如果超时越来越频繁，请降低请求频率，因为可能已超出频率限制。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"可以重試，但請求可能已經生效：重送訊息等非冪等請求之前，請先確認它是否已經成功，例如查詢最近的訊息。如果逾時越來越頻繁，請降低請求頻率，因為可能已超出頻率限制。",
    },
    Text {
        en: r"Read the wrapped exception. If it reports a lost or resuming connection, wait for the SDK to reconnect and retry; otherwise treat the outcome as unknown and check before resending a non-idempotent request.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看被包装的异常。如果它表示连接已断开或正在恢复，请等待 SDK 重新连接后再重试；否则请视为结果未知，重发非幂等请求前先确认它是否已经生效。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看被包裝的例外。如果它表示連線已中斷或正在恢復，請等 SDK 重新連線後再試；否則請視為結果未知，重送非冪等請求前先確認它是否已經生效。",
    },
    Text {
        en: r"If the server closed it, reconnect with backoff, as the JS, Swift, Objective-C and C# SDKs do. If your own client sent the 1000, there is nothing to do.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果是服务器关闭了连接，请重新连接并逐步拉长重试间隔，JS、Swift、Objective-C 和 C# SDK 都是这样做的。如果 1000 是你自己的客户端发出的，则无需处理。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"如果是伺服器關閉了連線，請重新連線並逐步拉長重試間隔，JS、Swift、Objective-C 與 C# SDK 都是這麼做的。如果 1000 是你自己的用戶端送出的，就不需要處理。",
    },
    Text {
        en: r"Reconnect with backoff; the service is normally reachable again soon, often on another node.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔；服务通常很快就能恢复，往往会由其他节点接手。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔；服務通常很快就會恢復，往往改由其他節點接手。",
    },
    Text {
        en: r#"Reconnect with backoff. If every connection ends this way, check the WebSocket library and any proxy on the path; a reason of "Protocol violation" can mean the peer's original code was rewritten."#,
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔。如果每次连接都以此告终，请检查 WebSocket 库以及链路上的代理；如果关闭原因是“Protocol violation”，对端原本发送的关闭码可能已被改写。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔。如果每次連線都以此告終，請檢查 WebSocket 程式庫以及路徑上的代理伺服器；如果關閉原因是「Protocol violation」，對方原本送出的關閉碼可能已被改寫。",
    },
    Text {
        en: r"Send frames of the type the negotiated subprotocol expects: binary for lc.protobuf2.3, text for lc.proto2base64.3. Reconnecting helps only once the client sends the right type.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请按协商好的子协议发送对应类型的帧：lc.protobuf2.3 用二进制帧，lc.proto2base64.3 用文本帧。只有客户端改为发送正确类型的帧，重新连接才有用。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請依協商好的子協定傳送對應類型的訊框：lc.protobuf2.3 使用二進位訊框，lc.proto2base64.3 使用文字訊框。只有用戶端改為傳送正確類型的訊框，重新連線才有用。",
    },
    Text {
        en: r"Reconnect with backoff. The peer does not follow RFC 6455; if you control it, make it send a defined code.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔。对端没有遵守 RFC 6455；如果对端由你控制，请让它改发有明确定义的关闭码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔。對方沒有遵守 RFC 6455；如果對方由你掌控，請讓它改送有明確定義的關閉碼。",
    },
    Text {
        en: r"Reconnect with backoff. When you build a Close frame, give it a real status, or leave the payload empty, rather than writing 1005.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔。自己构造关闭帧时，请填写真实的状态码，或者干脆不带载荷，不要写入 1005。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔。自行建立關閉訊框時，請填入真正的狀態碼，或者乾脆不帶酬載，不要寫入 1005。",
    },
    Text {
        en: r"Nothing to change: the official SDKs reconnect by themselves (the Java SDK when the network comes back). If drops are frequent, look at the idle timeouts of routers and proxies on the path. When you send a Close frame yourself, never use 1006: tungstenite sends it if asked to.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无需修改：官方 SDK 会自动重新连接（Java SDK 在网络恢复时重新连接）。如果断开很频繁，请检查链路上路由器和代理的空闲超时设置。自己发送关闭帧时切勿使用 1006：只要调用方要求，tungstenite 就会照发。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"不需要修改：官方 SDK 會自動重新連線（Java SDK 會在網路恢復時重新連線）。如果經常斷線，請檢查路徑上路由器與代理伺服器的閒置逾時設定。自行送出關閉訊框時切勿使用 1006：只要呼叫端要求，tungstenite 就會照樣送出。",
    },
    Text {
        en: r"Reconnect, and fix the frame that caused it: text frames (the lc.proto2base64.3 subprotocol) must be valid UTF-8. Resending the same bytes fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接，并修正导致关闭的帧：文本帧（lc.proto2base64.3 子协议）必须是合法的 UTF-8。原样重发相同的字节仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線，並修正造成關閉的訊框：文字訊框（lc.proto2base64.3 子協定）必須是有效的 UTF-8。原封不動地重送相同的位元組仍會失敗。",
    },
    Text {
        en: r"Reconnect with backoff and look at what the client sent just before the close. If it repeats, the same message is the likely cause and must change before it is sent again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔，同时检查关闭前客户端发送的内容。如果反复出现，多半是同一条消息导致的，必须修改后才能再次发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔，同時檢查關閉前用戶端送出的內容。如果一再發生，多半是同一則訊息造成的，必須修改後才能再次傳送。",
    },
    Text {
        en: r"Reconnect, but do not resend the message unchanged: make it smaller (LeanCloud IM allows at most 5 KB per message, pushData included), or upload large content as a file and send its link.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接，但不要原样重发该消息：请缩小消息（LeanCloud 即时通讯单条消息最多 5 KB，含 pushData），或把大段内容作为文件上传，再发送文件链接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線，但不要原封不動地重送這則訊息：請縮小訊息（LeanCloud 即時通訊單則訊息最多 5 KB，含 pushData），或將大量內容以檔案上傳，再傳送檔案連結。",
    },
    Text {
        en: r"Reconnecting fails the same way every time: stop, and change the client's setup so it no longer requires the extension (LeanCloud's official SDKs require none).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"重新连接每次都会同样失败：请停止重试，并修改客户端的设置，使其不再强制要求该扩展（LeanCloud 官方 SDK 都不要求任何扩展）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"重新連線每次都會同樣失敗：請停止重試，並修改用戶端的設定，讓它不再強制要求該擴充功能（LeanCloud 官方 SDK 都不要求任何擴充功能）。",
    },
    Text {
        en: r"Reconnect with backoff; the fault is on the server. If it keeps happening, note the time and the client ID and report them to LeanCloud support.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔；问题出在服务器一侧。如果持续出现，请记下时间和客户端 ID，反馈给 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔；問題出在伺服器端。如果持續發生，請記下時間與用戶端 ID，回報給 LeanCloud 技術支援。",
    },
    Text {
        en: r"Wait a random 5 to 30 seconds before reconnecting, so that clients do not all come back at the same moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请随机等待 5 到 30 秒再重新连接，以免所有客户端同时涌入。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請隨機等待 5 到 30 秒再重新連線，以免所有用戶端同時湧入。",
    },
    Text {
        en: r"Reconnect with a growing delay rather than at once; if several server addresses are available, try another one.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要立即重新连接，而要逐步拉长重试间隔；如果有多个服务器地址可用，可以换一个试试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請不要立刻重新連線，而要逐步拉長重試間隔；如果有多個伺服器位址可用，可以改試另一個。",
    },
    Text {
        en: r"Reconnect with backoff; the fault lies between the gateway and the server, not in the client.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔；问题出在网关与服务器之间，而不在客户端。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔；問題出在閘道與伺服器之間，而不在用戶端。",
    },
    Text {
        en: r"Do not reconnect automatically: a certificate that was refused is refused again, and reconnecting through an interceptor does not help. Tell the user to check the network (sign in to the Wi-Fi, leave a network that intercepts traffic, correct the device clock), and connect again only when the user asks. The JS, Swift, ObjC and C# SDKs reconnect by themselves regardless; close the client to follow this answer.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要自动重新连接：被拒绝的证书下次仍会被拒绝，经由拦截流量的网络重新连接也无济于事。请提示用户检查网络（完成 Wi-Fi 的网页认证、换用不拦截流量的网络、校正设备时间），并且只在用户要求时再次连接。JS、Swift、ObjC 和 C# SDK 仍会自行重新连接；如要遵循这一建议，请关闭客户端。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿自動重新連線：遭拒的憑證下次仍會遭拒，透過攔截流量的網路重新連線也無濟於事。請提示使用者檢查網路（完成 Wi-Fi 的網頁登入、改用不攔截流量的網路、校正裝置時間），並且只在使用者要求時再次連線。JS、Swift、ObjC 與 C# SDK 仍會自行重新連線；如要依照這項建議，請關閉用戶端。",
    },
    Text {
        en: r"Treat it as a lost connection and reconnect with backoff. LeanCloud reports authentication problems with its own codes, such as 4102 and 4112.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请把它当作连接中断处理，重新连接并逐步拉长重试间隔。LeanCloud 用自己的错误码（如 4102 和 4112）报告认证问题。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請將它視為連線中斷，重新連線並逐步拉長重試間隔。LeanCloud 以自己的錯誤碼（例如 4102 和 4112）回報驗證問題。",
    },
    Text {
        en: r"Reconnect with backoff, as the JS, Swift, Objective-C and C# SDKs do. If every attempt ends with 3003, find the gateway or proxy that sends it and check its access rules.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔，JS、Swift、Objective-C 和 C# SDK 都是这样做的。如果每次都以 3003 告终，请找出发送它的网关或代理，并检查其访问规则。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔，JS、Swift、Objective-C 與 C# SDK 都是這麼做的。如果每次都以 3003 告終，請找出送出它的閘道或代理伺服器，並檢查它的存取規則。",
    },
    Text {
        en: r"Reconnect with backoff, and check the network's quality if it repeats. Not to be confused with the general code 124, which has the same name.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔；如果反复出现，请检查网络质量。请勿与同名的通用错误码 124 混淆。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔；如果一再發生，請檢查網路品質。請勿與同名的通用錯誤碼 124 混淆。",
    },
    Text {
        en: r"Do not reconnect: every attempt fails the same way. Check the App ID and App Key the client uses, and make sure instant messaging is enabled for the app in the LeanCloud console.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要重新连接：每次尝试都会以同样的方式失败。请核对客户端使用的 App ID 和 App Key，并在 LeanCloud 控制台确认该应用已开启即时通讯服务。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿重新連線：每次嘗試都會以同樣的方式失敗。請核對用戶端使用的 App ID 與 App Key，並到 LeanCloud 主控台確認該應用程式已啟用即時通訊服務。",
    },
    Text {
        en: r"Nothing to do for instant messaging. If a connection was closed with it, reconnect as after any other close.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"即时通讯方面无需处理。如果连接因此关闭，像其他关闭情况一样重新连接即可。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"即時通訊方面不需要處理。若連線因此關閉，比照其他關閉情況重新連線即可。",
    },
    Text {
        en: r"Fix the signing: compute HMAC-SHA1 over appid:clientid::timestamp:nonce with the app's Master Key as the key and the timestamp in milliseconds, and make a fresh signature for every open (a signature is valid for 6 hours, and a kick voids it). As a Close status, reconnect as usual. When it refuses a session open, do not retry automatically: a signature made the same way fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请修正签名的生成方式：用应用的 Master Key 对 appid:clientid::timestamp:nonce 计算 HMAC-SHA1，timestamp 取毫秒值，且每次打开会话都重新生成（签名有效期 6 小时；客户端被强制下线后，原签名随即作废）。如果它是连接的关闭状态码，照常重新连接即可；如果它拒绝了打开会话的请求，则不要自动重试，因为用同样方式生成的签名仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請修正簽章的產生方式：以應用程式的 Master Key 對 appid:clientid::timestamp:nonce 計算 HMAC-SHA1，timestamp 使用毫秒值，且每次開啟工作階段都要重新產生（簽章有效期為 6 小時，用戶端遭強制下線後簽章立即失效）。如果它是連線的關閉狀態碼，照常重新連線即可；如果它拒絕了開啟工作階段的請求，請勿自動重試，因為以相同方式產生的簽章仍會失敗。",
    },
    Text {
        en: r"Do not reconnect: the same ID is refused every time. Validate IDs before opening a session, or derive them from your own user IDs with a mapping that always meets these rules.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要重新连接：同一个 ID 每次都会被拒绝。请在打开会话前校验 ID，或者用一套保证符合上述规则的映射方式，从你自己的用户 ID 生成客户端 ID。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿重新連線：同一個 ID 每次都會遭到拒絕。請在開啟工作階段前先驗證 ID，或以一套保證符合上述規則的對應方式，從你自己的使用者 ID 產生用戶端 ID。",
    },
    Text {
        en: r"Send the same request again once the session is open; nothing in it needs to change. To avoid it, send only after the session open has completed (its callback has run or its promise has resolved), and after a reconnect only once the session has been re-opened. As the status of a closed connection, reconnect as after any other close.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"等会话打开后重发同一请求即可，请求内容无需修改。为避免此错误，请在打开会话完成（回调已执行或 Promise 已兑现）之后再发送；重新连接后，也要等会话重新打开后再发送。如果它是连接的关闭状态码，像其他关闭情况一样重新连接即可。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"等工作階段開啟後重送同一個請求即可，內容不需要修改。為避免這個錯誤，請等工作階段開啟完成（回呼已執行或 Promise 已完成）後再送出；重新連線後，也要等工作階段重新開啟後再送出。若它是連線的關閉狀態碼，比照其他關閉情況重新連線即可。",
    },
    Text {
        en: r"Do not reopen the session automatically: every open is refused while the client stays blacklisted. Tell the user that chat is unavailable for this account; if this is a mistake, only whoever runs the app can lift it. If it arrives only as the status of a closed connection, reconnect as after any other close; if the re-open is then refused with 4106, stay offline.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要自动重新打开会话：在移出黑名单之前，每次打开都会被拒绝。请告知用户该账号无法使用聊天功能；如属误列入黑名单，只能由应用的运营方移除。如果它只是连接的关闭状态码，像其他关闭情况一样重新连接即可；若随后重新打开会话被 4106 拒绝，就保持离线。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿自動重新開啟工作階段：在移出黑名單之前，每次開啟都會遭拒。請告知使用者這個帳號無法使用聊天功能；若是誤列入黑名單，只能由應用程式的營運方移除。若它只是連線的關閉狀態碼，比照其他關閉情況重新連線即可；隨後重新開啟工作階段若遭 4106 拒絕，就保持離線。",
    },
    Text {
        en: r"Nothing to do: the SDKs reconnect by themselves, with backoff. If it happens often, check that heartbeats are sent (every 180 s in the official SDKs) and that the network is not dropping idle connections.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无需处理：连接会自动恢复，重试间隔会逐步拉长。如频繁出现，请确认心跳正常发送（官方 SDK 每 180 秒一次），并检查网络是否会断开空闲连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"不需要處理：連線會自動恢復，重試間隔會逐步拉長。若經常發生，請確認心跳有正常送出（官方 SDK 每 180 秒一次），並檢查網路是否會切斷閒置的連線。",
    },
    Text {
        en: r"Reconnect and open the session as soon as the connection is up. If it keeps happening, check that the session open is really sent and that fetching its signature does not stall or fail.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接，并在连接建立后立即打开会话。如反复出现，请确认打开会话的请求确实已发出，且获取签名的环节没有卡住或失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線，並在連線建立後立即開啟工作階段。若反覆發生，請確認開啟工作階段的請求確實有送出，且取得簽章的步驟沒有卡住或失敗。",
    },
    Text {
        en: r"Let the connection reconnect, but do not resend the message as it is: shrink it, upload large content as a file and send its URL, or split the text. Check the size before sending; the Swift and Objective-C SDKs refuse anything over 5120 bytes locally.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"让连接照常恢复即可，但不要原样重发这条消息：请精简内容，把大段内容作为文件上传后发送链接，或拆成几条发送。建议发送前先检查大小；Swift 与 Objective-C SDK 会在本地拒绝超过 5120 字节的命令。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"讓連線照常恢復即可，但請勿原封不動地重送這則訊息：請精簡內容，把大量內容以檔案上傳後傳送連結，或拆成幾則傳送。建議傳送前先檢查大小；Swift 與 Objective-C SDK 會在本機拒絕超過 5120 位元組的指令。",
    },
    Text {
        en: r"Do not reconnect from this origin: every attempt is refused. Add the domain to the app's Web secure domains in the LeanCloud console, or serve the page from a domain already listed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要从该来源重新连接：每次都会被拒绝。请在 LeanCloud 控制台将该域名加入应用的 Web 安全域名，或改用已在列表中的域名提供网页。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿從這個來源重新連線：每次都會遭拒。請在 LeanCloud 主控台將該網域加入應用程式的 Web 安全網域，或改由已列入清單的網域提供網頁。",
    },
    Text {
        en: r"Do not reopen the session automatically. Tell the user the account was signed in elsewhere, and sign in again only when the user asks, with a fresh login rather than a reopen. If it arrives only as the status of a closed connection, reconnect as after any other close.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要自动重新打开会话。请告知用户账号已在其他设备登录；只有在用户主动要求时才重新登录，并且要以全新登录的方式，而不是恢复原会话。如果它只是连接的关闭状态码，像其他关闭情况一样重新连接即可。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿自動重新開啟工作階段。請告知使用者帳號已在其他裝置登入；只有在使用者主動要求時才重新登入，而且要以全新登入的方式，而非恢復原本的工作階段。若它只是連線的關閉狀態碼，比照其他關閉情況重新連線即可。",
    },
    Text {
        en: r"Discard the cached session token and open the session as a first open does, with a fresh signature, then resend the request: until then, an unchanged resend is refused with 4112 again. The official SDKs reopen by themselves when 4112 refuses a re-open after a reconnect (JS without a signature); after a session/closed command with 4112 none of them does, so the app must open the client again itself. As the status of a closed connection, reconnect as usual; a re-open refused with 4112 then leads to the fresh open.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请丢弃缓存的会话令牌，像首次打开那样用新签名重新打开会话，再重发请求；在此之前，原样重发仍会以 4112 被拒绝。重新连接后的重新打开被 4112 拒绝时，官方 SDK 会自动重新打开（JS 不带签名）；如果是通过 session/closed 命令收到 4112，则没有任何 SDK 会自动处理，需要由应用自己重新打开客户端。如果它是连接的关闭状态码，照常重新连接即可；随后的重新打开若被 4112 拒绝，再按上述方式全新打开。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請捨棄快取的工作階段權杖，像首次開啟那樣以新的簽章重新開啟工作階段，再重送請求；在此之前，原封不動地重送仍會以 4112 遭拒。重新連線後的重新開啟遭 4112 拒絕時，官方 SDK 會自動重新開啟（JS 不帶簽章）；若是透過 session/closed 指令收到 4112，則沒有任何 SDK 會自動處理，須由應用程式自行重新開啟用戶端。若它是連線的關閉狀態碼，照常重新連線即可；隨後的重新開啟若遭 4112 拒絕，再依上述方式全新開啟。",
    },
    Text {
        en: r"Do not open the session again before the next day: the count resets only once a day, and LeanCloud does not say at what hour. If it arrives only as the status of a closed connection, reconnect as after any other close; a re-open refused with 4113 stays refused until the reset. To admit more users today, raise the app's daily limit in the LeanCloud console; until then, tell affected users that chat is unavailable.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"次日之前请不要再次打开会话：该计数每天只重置一次，LeanCloud 也没有说明在几点重置。如果它只是连接的关闭状态码，像其他关闭情况一样重新连接即可；但重新打开会话一旦被 4113 拒绝，在计数重置之前都会被拒绝。如需今天就接纳更多用户，请在 LeanCloud 控制台调高应用的每日上限；在此之前，请告知受影响的用户聊天功能暂时无法使用。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"隔天之前請勿再次開啟工作階段：這個計數每天只重設一次，LeanCloud 也沒有說明在幾點重設。若它只是連線的關閉狀態碼，比照其他關閉情況重新連線即可；但重新開啟工作階段一旦遭 4113 拒絕，在計數重設之前都會遭拒。若今天就需要容納更多使用者，請到 LeanCloud 主控台調高應用程式的每日上限；在那之前，請告知受影響的使用者聊天功能暫時無法使用。",
    },
    Text {
        en: r"Let the client reconnect, but do not resend the same bytes. If it recurs, the encoder is at fault: update the SDK, check that the frames match the negotiated subprotocol (binary protobuf or base64 text), and review any code that builds commands by hand.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"让客户端重新连接即可，但不要原样重发同一份数据。如反复出现，问题出在编码环节：请升级 SDK，确认发出的帧与协商的子协议一致（二进制 protobuf 或 base64 文本），并检查手工构造命令的代码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"讓用戶端重新連線即可，但請勿原封不動地重送同一份資料。若反覆發生，問題出在編碼環節：請更新 SDK，確認送出的訊框與協商的子協定一致（二進位 protobuf 或 base64 文字），並檢查自行組裝指令的程式碼。",
    },
    Text {
        en: r"Do not reopen the session automatically. Tell the user, with the reason sent along with the kick if there is one (at most 20 characters), and open again only when the user asks, with a newly made signature: the kick voids the old one. If it arrives only as the status of a closed connection, reconnect as after any other close.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要自动重新打开会话。请告知用户；如果强制下线时附带了原因（最多 20 个字符），请一并显示。只有在用户要求时才重新打开会话，并使用新生成的签名：强制下线会让旧签名立即失效。如果它只是连接的关闭状态码，像其他关闭情况一样重新连接即可。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿自動重新開啟工作階段。請告知使用者；若強制下線時附有原因（最多 20 個字元），請一併顯示。只有在使用者要求時才重新開啟工作階段，並使用新產生的簽章：強制下線會讓舊簽章立即失效。若它只是連線的關閉狀態碼，比照其他關閉情況重新連線即可。",
    },
    Text {
        en: r"Slow down, then resend: queue outgoing messages and space them out. No wait is documented for this code, so retry with growing delays.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请降低发送速度后再重发：将待发消息放入队列，拉开发送间隔。文档没有规定此错误码需要等待多久，请逐步拉长重试间隔。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請放慢傳送速度後再重送：將待送訊息排入佇列，拉開傳送間隔。文件沒有規定這個錯誤碼需要等待多久，請逐步拉長重試間隔。",
    },
    Text {
        en: r"Treat the sign-out as incomplete and sign out again: in JS a failed close() leaves the client open, so calling close() again sends the sign-out again. Swift leaves the client in its closing state after a failed close and refuses a second close locally with 9976, so there the sign-out cannot simply be repeated. While the link remains, the device may keep getting push notifications for this user; LeanCloud gives no cause, so contact its support if it persists.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请视为退出登录未完成，并再次退出登录：在 JS 中，close() 失败后客户端仍保持打开，再次调用 close() 会重新发送退出请求。Swift 在 close 失败后会让客户端停留在“正在关闭”状态，并在本地以 9976 拒绝第二次关闭，因此在 Swift 中无法直接重复退出登录。在关联解除之前，该设备可能继续收到此用户的推送通知；LeanCloud 没有说明失败原因，如果持续出现，请联系 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請視為登出未完成，並再登出一次：在 JS 中，close() 失敗後用戶端仍維持開啟，再次呼叫 close() 會重新送出登出請求。Swift 在 close 失敗後會讓用戶端停留在「關閉中」狀態，並在本機以 9976 拒絕第二次關閉，因此在 Swift 中無法直接重複登出。在關聯解除之前，這部裝置可能會繼續收到此使用者的推播通知；LeanCloud 沒有說明失敗原因，若持續發生，請聯絡 LeanCloud 技術支援。",
    },
    Text {
        en: r"If it closed the connection, reconnect with backoff. If it answered a request, resend that request after a short delay. If it keeps recurring, note the time, the client ID and the request, and report them to LeanCloud support.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果它关闭了连接，请重新连接并逐步拉长重试间隔；如果它是某个请求的响应，请稍候片刻再重发该请求。如果反复出现，请记下时间、客户端 ID 和请求内容，提交给 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"若它關閉了連線，請重新連線並逐步拉長重試間隔；若它是某個請求的回應，請稍候片刻再重送該請求。若反覆發生，請記下時間、用戶端 ID 與請求內容，提交給 LeanCloud 技術支援。",
    },
    Text {
        en: r"Before resending, check whether the message went out, for example in the conversation's history or by matching an ID of your own carried in the message. Resend only if it is missing: a blind resend can deliver it twice.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"重发之前，请先确认消息是否已经发出，例如在对话的历史消息中查找，或用消息里附带的自定义 ID 比对。确认确实没有发出后再重发；不加确认就直接重发，可能导致消息重复。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"重送之前，請先確認訊息是否已經送出，例如在對話的歷史訊息中尋找，或以訊息中附帶的自訂 ID 比對。確認沒有送出後再重送；未經確認就直接重送，可能造成訊息重複。",
    },
    Text {
        en: r"Retry the operation, leaving longer gaps between attempts. If it keeps failing, note the time, the conversation ID and the request, and report them to LeanCloud support.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请稍后重试该操作，并逐步拉长重试间隔。如果一直失败，请记下时间、对话 ID 和请求内容，提交给 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請稍後重試這項操作，並逐步拉長重試間隔。若持續失敗，請記下時間、對話 ID 與請求內容，回報給 LeanCloud 技術支援。",
    },
    Text {
        en: r"Log the detail field, then retry with growing gaps between attempts. If detail points to a limit or to bad input, wait or correct the request instead of retrying at once.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请记录 detail 的内容，然后稍后重试，并逐步拉长重试间隔。如果 detail 指出是频率限制或参数有误，请先等待或修正请求，不要立即重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請記錄 detail 的內容，再稍後重試，並逐步拉長重試間隔。若 detail 指出是頻率限制或參數有誤，請先等待或修正請求，不要立即重試。",
    },
    Text {
        en: r"Check the service that signs conversation operations: it must sign with the Master Key, sort member IDs in ascending order, include the conversation ID and the action (invite or kick) where the format requires them, and use a current timestamp.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查为对话操作生成签名的服务：必须用 Master Key 签名，成员 ID 须按升序排列，按格式要求带上对话 ID 和动作（invite 或 kick），并使用当前时间戳。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查為對話操作產生簽章的服務：必須以 Master Key 簽署，成員 ID 須依遞增順序排列，依格式要求附上對話 ID 與動作（invite 或 kick），並使用目前的時間戳記。",
    },
    Text {
        en: r"Wait, then send the request again, a bounded number of times with growing gaps (no wait is documented; an exceeded concurrency limit passes by itself). If it keeps failing, treat the conversation as missing: check the ID, and handle a temporary conversation as 4323 (expired or gone).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请等待一段时间后重发请求，限制重试次数并逐步拉长间隔（文档没有规定等待时间；超出并发上限的情况会自行消失）。如果一直失败，请视为对话不存在：核对对话 ID；如果是临时对话，请按 4323 处理（已过期或已不存在）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請等待一段時間後重送請求，限制重試次數並逐步拉長間隔（文件沒有規定等待時間；超出並行上限的情況會自行解除）。若一直失敗，請視為對話不存在：核對對話 ID；若是臨時對話，請比照 4323 處理（已過期或已不存在）。",
    },
    Text {
        en: r"Remove members before adding more, or use a chat room (transient conversation), which has no member cap, for large audiences.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先移除部分成员再添加；如需容纳大量用户，请改用没有人数上限的聊天室（暂态对话）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先移除部分成員再新增；若需容納大量使用者，請改用沒有人數上限的聊天室（暫態對話）。",
    },
    Text {
        en: r"Read appCode and detail to learn which of the app's rules refused the request, and change the request to satisfy it; an unchanged resend is refused again. Show detail to the user only if the hook writes it for users.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请根据 appCode 和 detail 判断是应用的哪条规则拒绝了请求，并据此调整请求；原样重发仍会被拒绝。只有当 Hook 的说明本就是写给用户看的，才适合展示给用户。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請依 appCode 與 detail 判斷是應用程式的哪條規則拒絕了請求，並據此調整請求；原封不動地重送仍會被拒絕。只有當 Hook 的說明原本就是寫給使用者看的，才適合顯示給使用者。",
    },
    Text {
        en: r"Retry the update, leaving longer gaps between attempts; if it keeps failing, check the values being written.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请稍后重试更新，并逐步拉长重试间隔；如果一直失败，请检查要写入的值。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請稍後重試更新，並逐步拉長重試間隔；若持續失敗，請檢查要寫入的值。",
    },
    Text {
        en: r"Do not offer edits or member changes for this conversation; if a changeable one is needed, create a new conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要为此对话提供修改或增减成员的入口；如需可修改的对话，请另建一个。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿為此對話提供修改或增減成員的功能；若需要可修改的對話，請另外建立一個。",
    },
    Text {
        en: r"Do not resend. Find out why this client may not post here (membership, the conversation's type or the app's rules) and hide the send action for it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要重发。请查明该客户端为何不能在此对话中发消息（成员身份、对话类型或应用规则），并对其隐藏发送入口。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿重送。請查明此用戶端為何不能在這個對話中傳送訊息（成員身分、對話類型或應用程式規則），並對它隱藏傳送功能。",
    },
    Text {
        en: r"Have the client join the conversation first, or let a member make the change.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先让该客户端加入对话，或由对话成员来修改。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先讓此用戶端加入對話，或改由對話成員進行修改。",
    },
    Text {
        en: r"Retry with growing gaps, and make the query cheaper: fewer conditions, conditions on indexed fields, a smaller limit.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请稍后重试，并逐步拉长重试间隔；同时降低查询开销：减少查询条件、只按有索引的字段筛选、调小返回数量。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請稍後重試，並逐步拉長重試間隔；同時降低查詢成本：減少查詢條件、只依有索引的欄位篩選、調低回傳筆數。",
    },
    Text {
        en: r"Retry with growing gaps, and ask for fewer messages per page.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请稍后重试，并逐步拉长重试间隔；同时减少每页获取的消息条数。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請稍後重試，並逐步拉長重試間隔；同時減少每頁取得的訊息數量。",
    },
    Text {
        en: r"Have the client join the conversation before loading its history.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先让该客户端加入对话，再读取历史消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先讓此用戶端加入對話，再讀取歷史訊息。",
    },
    Text {
        en: r"Perform it on a system conversation, or use the operation meant for this conversation's type.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请改为对系统对话执行此操作，或换用适合该对话类型的操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請改對系統對話執行這項操作，或改用適合此對話類型的操作。",
    },
    Text {
        en: r"Perform it on a normal conversation, or use the operation meant for this conversation's type.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请改为对普通对话执行此操作，或换用适合该对话类型的操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請改對一般對話執行這項操作，或改用適合此對話類型的操作。",
    },
    Text {
        en: r"Do not resend. Turn off sending for this user in this conversation until the entry is removed; LeanCloud does not document how long it lasts.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要重发。在该用户被移出名单之前，请在此对话中关闭其发送功能；LeanCloud 没有说明该条目会保留多久。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿重送。在此使用者移出名單之前，請在這個對話中關閉其傳送功能；LeanCloud 沒有說明該項目會保留多久。",
    },
    Text {
        en: r"Perform it on a chat room, or use the operation meant for this conversation's type.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请改为对聊天室执行此操作，或换用适合该对话类型的操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請改對聊天室執行這項操作，或改用適合此對話類型的操作。",
    },
    Text {
        en: r"Have the client join the conversation first, then repeat the operation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先让该客户端加入对话，再执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先讓此用戶端加入對話，再執行這項操作。",
    },
    Text {
        en: r"Wait before retrying, and spread conversation operations out; LeanCloud documents no waiting time for this code. If it happens under normal load, the plan's limit is too low, and a higher plan raises it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请等待一段时间再重试，并将对话操作分散开；LeanCloud 没有说明需要等待多久。如果在正常负载下也经常出现，说明当前方案的上限不够，升级到更高的方案即可提高上限。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請等待一段時間再重試，並將對話操作分散開來；LeanCloud 沒有說明需要等多久。如果在正常負載下也經常發生，表示目前方案的上限不足，升級到更高的方案即可提高上限。",
    },
    Text {
        en: r"Offer the action only to members whose role allows it; others have to ask the owner or a manager to do it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请只向角色有权限的成员提供该操作；其他成员需请所有者或管理员代为执行。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請只對角色具備權限的成員提供這項操作；其他成員需請擁有者或管理員代為執行。",
    },
    Text {
        en: r"Set a role the server knows: a client may assign Manager or Member. Owner cannot be assigned; it belongs to the member who created the conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请使用服务端认识的角色：客户端可以设置 Manager（管理员）或 Member（成员）。Owner（所有者）无法指定，始终属于创建对话的成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請使用伺服器認得的角色：用戶端可以設定 Manager（管理員）或 Member（成員）。Owner（擁有者）無法指派，始終屬於建立對話的成員。",
    },
    Text {
        en: r"Take the role away from another member first, or leave this member's role as it is. LeanCloud does not document the limit.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先撤销其他成员的该角色，或保持这名成员现有的角色不变。LeanCloud 没有公布具体上限。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先取消其他成員的這個角色，或維持這位成員目前的角色。LeanCloud 未公布確切上限。",
    },
    Text {
        en: r"Create a new temporary conversation with the same members, with a longer TTL if needed; use a normal conversation if it must last beyond 30 days.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请用相同成员新建临时对话，必要时设置更长的 TTL；如需保留超过 30 天，请改用普通对话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請以相同成員建立新的臨時對話，必要時設定更長的 TTL；若需保留超過 30 天，請改用一般對話。",
    },
    Text {
        en: r"Keep the owner in the conversation with its role unchanged. Ownership cannot be handed to another member from a client, and no documented server API does it; if the group must go on without this owner, create a new conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请让所有者留在对话中，且角色保持不变。客户端无法将所有者身份转交给其他成员，也没有文档记载的服务端接口能做到；如果群组必须在没有这位所有者的情况下继续，请新建一个对话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請讓擁有者留在對話中，且角色維持不變。用戶端無法將擁有者身分轉移給其他成員，也沒有任何文件記載的伺服器 API 能做到；若群組必須在沒有這位擁有者的情況下繼續，請建立新的對話。",
    },
    Text {
        en: r"Enable conversation member attributes in the IM settings of the app's console, or stop using member roles.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在控制台的即时通讯设置中开启“对话成员属性”，或不再使用成员角色。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在主控台的即時通訊設定中開啟「對話成員屬性」，或不再使用成員角色。",
    },
    Text {
        en: r"Check the conversation ID and that this client ID is still a member. If the conversation was deleted, create a new one; resending to the same ID fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请核对对话 ID，并确认当前客户端 ID 仍是成员。如对话已被删除，请新建对话；向同一 ID 重发仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請確認對話 ID 是否正確，以及目前的用戶端 ID 是否仍為成員。若對話已被刪除，請建立新的對話；對同一個 ID 重新傳送仍會失敗。",
    },
    Text {
        en: r"Read `appCode` and `appMsg` to learn which of the app's rules the message broke, and change the content before sending again; the same content is dropped again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请根据 `appCode` 和 `appMsg` 判断消息违反了应用的哪条规则，修改内容后再发送；原样重发仍会被丢弃。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請依 `appCode` 與 `appMsg` 判斷訊息違反了應用程式的哪一項規則，修改內容後再傳送；原封不動地重送仍會被捨棄。",
    },
    Text {
        en: r"Offer edit and recall only on messages sent by this client ID; the same request fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只为当前客户端 ID 发送的消息提供编辑和撤回入口；原样重发同一请求仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只針對目前用戶端 ID 傳送的訊息提供編輯與收回功能；原封不動地重送同一個請求仍會失敗。",
    },
    Text {
        en: r"Check the message ID and the sent timestamp passed with it; the message may have been deleted, or it may belong to another conversation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请核对随请求传入的消息 ID 与发送时间戳；该消息可能已被删除，或属于其他对话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請確認隨請求傳入的訊息 ID 與傳送時間戳記；這則訊息可能已被刪除，或屬於其他對話。",
    },
    Text {
        en: r"Show the reason the hook returned, if any. Which changes are allowed is up to the app's rules; the same change sent again is refused again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果 Hook 返回了原因，请展示给用户。允许哪些修改由应用自己的规则决定；原样重发同一修改仍会被拒绝。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"若 Hook 有回傳原因，請顯示給使用者。允許哪些修改由應用程式自己的規則決定；同樣的修改再次送出仍會被拒絕。",
    },
    Text {
        en: r"Switch on message editing by clients in the app's IM settings in the console, or remove the edit action from the app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在应用控制台的即时通讯设置中开启客户端编辑消息的选项，或在应用中去掉编辑入口。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在應用程式主控台的即時通訊設定中開啟用戶端編輯訊息的選項，或從應用程式中移除編輯功能。",
    },
    Text {
        en: r"Switch on message recall by clients in the app's IM settings in the console, or remove the recall action from the app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在应用控制台的即时通讯设置中开启客户端撤回消息的选项，或在应用中去掉撤回入口。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在應用程式主控台的即時通訊設定中開啟用戶端收回訊息的選項，或從應用程式中移除收回功能。",
    },
    Text {
        en: r"Nothing to do: replace the message on screen with the updated content that the notice carries.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无需处理：用通知中更新后的内容替换界面上的这条消息即可。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"不需要處理：以通知中更新後的內容取代畫面上的這則訊息即可。",
    },
    Text {
        en: r"Remove entries that are no longer needed, then add the new ones; the same request fails until there is room.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先移除不再需要的条目，再添加新的；在腾出空间之前，同样的请求仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先移除不再需要的項目，再加入新的；在騰出空間前，相同的請求仍會失敗。",
    },
    Text {
        en: r"Switch on the blacklist in the app's console, or remove blocking from the app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在应用控制台开启黑名单功能，或在应用中去掉相关入口。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在應用程式主控台啟用黑名單功能，或從應用程式中移除相關功能。",
    },
    Text {
        en: r"Check how your server signs blacklist operations: the key it signs with, the timestamp and nonce, and the exact fields and their order. Resending with the same signature fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查你的服务器为黑名单操作生成签名的方式：所用密钥、时间戳与随机字符串（nonce），以及参与签名的字段及其顺序。使用同一签名重发仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查你的伺服器產生黑名單操作簽章的方式：使用的金鑰、時間戳記與隨機字串（nonce），以及參與簽章的欄位和順序。以相同簽章重送仍會失敗。",
    },
    Text {
        en: r"Do not resend: it fails until someone who manages the conversation takes this client off its blacklist. Tell the user they are on the conversation's blacklist.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要重发：在对话的管理员将该客户端移出黑名单之前，请求都会失败。请告知用户其已被列入该对话的黑名单。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿重送：在對話管理員將此用戶端移出黑名單之前，請求都會失敗。請告知使用者已被列入這個對話的黑名單。",
    },
    Text {
        en: r"Unmute members who no longer need it before muting others; the same request fails until there is room.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先为不再需要禁言的成员解除禁言，再禁言其他成员；腾出名额之前，同样的请求仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先為不再需要禁言的成員解除禁言，再禁言其他人；在騰出名額前，相同的請求仍會失敗。",
    },
    Text {
        en: r"Tell the user they are muted; sending works again once a manager of the conversation unmutes them. Resending before that fails.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请提示用户已被禁言；对话的管理员为其解除禁言后即可正常发送，在此之前重发都会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請提示使用者已被禁言；待對話管理員解除禁言後即可正常傳送，在此之前重送都會失敗。",
    },
    Text {
        en: r"Do not offer owner as a role to assign. Ownership cannot be handed over from a client, and no documented server API does it either; assign manager or member instead.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要把“所有者”列为可分配的角色。所有者身份无法从客户端转交，也没有文档记载的服务端接口能做到；请改为设置管理员或普通成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿將「擁有者」列為可指派的角色。擁有者身分無法從用戶端轉移，也沒有任何文件記載的伺服器 API 能做到；請改為設定管理員或一般成員。",
    },
    Text {
        en: r"The request may still have been applied: resend idempotent requests, but check a message or conversation change first (for example, query the latest messages) so it is not duplicated. If it answered a session re-open, open again with the session token held, as Swift and ObjC do; a first open that timed out can simply be sent again. If timeouts come in bursts, stay under the limits of 60 messages, 120 history queries and 30 other operations per minute.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请求可能已经生效：幂等请求可以直接重发，但消息或对话变更应先确认（例如查询最新消息），以免重复。如果它是重新打开会话的响应，请用持有的会话令牌再次打开，Swift 与 ObjC 就是这样做的；首次打开超时，直接再次打开即可。若超时成批出现，请把频率控制在限制以内：每分钟 60 条消息、120 次历史查询、30 次其他操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請求可能已經生效：冪等請求可直接重送，但訊息或對話變更應先確認（例如查詢最新訊息），以免重複。若它是重新開啟工作階段的回應，請以持有的工作階段權杖再次開啟，Swift 與 ObjC 就是這麼做的；首次開啟逾時，直接再次開啟即可。若逾時成批出現，請將頻率控制在限制以內：每分鐘 60 則訊息、120 次歷史查詢、30 次其他操作。",
    },
    Text {
        en: r"Reconnect with backoff (the official SDKs do so on their own), then resend. A request that was in flight may already have been applied: resend idempotent ones, and check messages or conversation changes before resending them.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔（官方 SDK 会自动进行），连接恢复后再重发。断开时尚未收到响应的请求可能已经生效：幂等请求可直接重发，消息或对话变更请先确认再重发。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔（官方 SDK 會自動處理），恢復連線後再重送。中斷時尚未收到回應的請求可能已經生效：冪等請求可直接重送，訊息或對話變更請先確認再重送。",
    },
    Text {
        en: r"Open the client and wait for the open to succeed before calling. If the session was closed (for example after a conflict with another device), nothing reopens it by itself: open it again when the user asks, then make the call.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先打开客户端，等打开成功后再调用。如果会话已被关闭（例如与其他设备登录冲突），它不会自行重新打开：请在用户要求时重新打开，再进行调用。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先開啟用戶端，待開啟成功後再呼叫。若工作階段已被關閉（例如與其他裝置登入衝突），它不會自行重新開啟：請在使用者要求時重新開啟，再進行呼叫。",
    },
    Text {
        en: r"Do not resend automatically: the same request fails the same way. The server may have applied it although its reply was unusable (a conversation may exist without its ID reaching you), so check before repeating a non-idempotent request. After a failed session open the session is closed and nothing reopens it: open again only when the user asks. Log the raw command and report it; updating the SDK may help.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要自动重发：同一请求会以同样的方式失败。即使响应无法使用，服务端也可能已经执行了请求（例如对话已经创建，只是 ID 没有返回给你），因此重复非幂等请求前请先确认。打开会话失败后，会话已关闭且不会自行重新打开：只有在用户要求时才再次打开。请记录原始命令并上报；升级 SDK 可能会有帮助。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿自動重送：同一個請求會以同樣的方式失敗。即使回應無法使用，伺服器也可能已經執行了請求（例如對話已經建立，只是 ID 沒有回傳給你），因此重複非冪等請求前請先確認。開啟工作階段失敗後，工作階段已關閉且不會自行重新開啟：只有在使用者要求時才再次開啟。請記錄原始指令並回報；更新 SDK 可能會有幫助。",
    },
    Text {
        en: r"Make the message smaller: upload large content (images, files, long text) as a file and send its link, and keep custom attributes short. Swift reports the size as `bytesCount`.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请缩小消息：图片、文件、长文本等较大的内容请作为文件上传，再发送链接，并精简自定义属性。Swift 会在 `bytesCount` 中给出实际大小。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請縮小訊息：圖片、檔案、長文字等較大的內容請以檔案上傳後傳送連結，並精簡自訂屬性。Swift 會在 `bytesCount` 中提供實際大小。",
    },
    Text {
        en: r"Check the conversation ID, and fetch the conversation from the server by ID before using it; this client may also not be allowed to see it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请核对对话 ID，并在使用前先从服务端按 ID 查询该对话；当前客户端也可能无权看到它。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請確認對話 ID，並在使用前先從伺服器依 ID 查詢該對話；目前的用戶端也可能無權看到它。",
    },
    Text {
        en: r"Call edit or recall on the conversation that holds the message, and only for messages sent by this client ID.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在消息所属的对话上调用编辑或撤回，且只对当前客户端 ID 发送的消息这样做。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在訊息所屬的對話上呼叫編輯或收回，且只針對目前用戶端 ID 傳送的訊息。",
    },
    Text {
        en: r"Offer edit and recall only for messages whose status is sent; resend a failed message instead of editing it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只为状态为“已发送”的消息提供编辑和撤回入口；发送失败的消息请直接重发，而不是编辑。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只為狀態為「已傳送」的訊息提供編輯與收回功能；傳送失敗的訊息請直接重送，而非編輯。",
    },
    Text {
        en: r"Do not offer owner as a role to assign. Ownership cannot be handed over from a client, and no documented server API does it either; assign manager or member instead.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请不要把“所有者”列为可分配的角色。所有者身份无法从客户端转交，也没有文档记载的服务端接口能做到；请改为设置管理员或普通成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請勿將「擁有者」列為可指派的角色。擁有者身分無法從用戶端轉移，也沒有任何文件記載的伺服器 API 能做到；請改為設定管理員或一般成員。",
    },
    Text {
        en: r"Read the exception's message, which says what is not allowed, and change the call or the order of calls; repeating it unchanged fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看异常信息，其中说明了哪一步不被允许；据此修改调用方式或调用顺序，原样重复调用仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看例外訊息，其中說明了哪一步不被允許；據此修改呼叫方式或呼叫順序，原樣重複呼叫仍會失敗。",
    },
    Text {
        en: r"Pass every required value: a non-empty client ID, the conversation's ID, at least one attribute to update and at least one member. The exception's message names the argument.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请传入所有必需的值：非空的客户端 ID、对话 ID、至少一个要更新的属性以及至少一个成员。异常信息会指出是哪个参数。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請傳入所有必要的值：非空的用戶端 ID、對話 ID、至少一個要更新的屬性，以及至少一位成員。例外訊息會指出是哪一個參數。",
    },
    Text {
        en: r"If it ended a connection attempt, reconnect with backoff as ObjC does. If it answered a call, check the IDs and parameters passed, guided by the reason.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果它导致连接尝试失败，请重新连接并逐步拉长重试间隔，ObjC 就是这样做的；如果它是某次调用的结果，请根据 reason 检查传入的 ID 与参数。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"若它導致連線嘗試失敗，請重新連線並逐步拉長重試間隔，ObjC 就是這麼做的；若它是某次呼叫的結果，請依 reason 檢查傳入的 ID 與參數。",
    },
    Text {
        en: r"Check the types of the values and fields you pass; the error's reason names the operation that failed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查传入的值及字段的类型；错误的 reason 会指出失败的操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查傳入的值與欄位的型別；錯誤的 reason 會指出失敗的操作。",
    },
    Text {
        en: r"After a failed connection attempt, reconnect with backoff. After a failed sign-in the session is closed and nothing reopens it: open again only when the user asks. Otherwise do not resend automatically: the same request gets the same unusable reply, and the server may already have acted on it, so check before repeating a non-idempotent request. Log the raw response and report it; updating the SDK may help.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"如果连接尝试因此失败，请重新连接并逐步拉长重试间隔。如果登录因此失败，会话已关闭且不会自行重新打开：只有在用户要求时才再次打开。其他情况下请不要自动重发：同一请求会得到同样无法使用的响应，而服务端可能已经执行了它，因此重复非幂等请求前请先确认。请记录原始响应并上报；升级 SDK 可能会有帮助。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"若連線嘗試因此失敗，請重新連線並逐步拉長重試間隔。若登入因此失敗，工作階段已關閉且不會自行重新開啟：只有在使用者要求時才再次開啟。其他情況下請勿自動重送：同一個請求會得到同樣無法使用的回應，而伺服器可能已經執行了它，因此重複非冪等請求前請先確認。請記錄原始回應並回報；更新 SDK 可能會有幫助。",
    },
    Text {
        en: r"Read the error's reason and fix the parameters or the order of calls (wait for open or close to finish). If it ended a connection attempt, set the app's server URL; reconnecting cannot help until then.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看错误的 reason，修正参数或调用顺序（等打开或关闭完成后再操作）。如果它导致连接尝试失败，请为应用设置服务器地址；在此之前重新连接无济于事。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看錯誤的 reason，修正參數或呼叫順序（等開啟或關閉完成後再操作）。若它導致連線嘗試失敗，請為應用程式設定伺服器位址；在此之前重新連線也無濟於事。",
    },
    Text {
        en: r"Decide by the attached error. A socket error or close (look up its close code, if it has one) calls for a reconnect with backoff. A failed sign-in is not retried at once: wait until the pending open finishes or fails (opening again while it is pending fails), then open the client again once the network is back. Other causes, such as storage or serialization, need a fix, not a retry.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请根据附带的原始错误判断：套接字错误或连接关闭（如带有关闭码，请按该码查询）应重新连接并逐步拉长重试间隔。登录失败时 SDK 不会立即重试：请等待尚未结束的打开操作完成或失败（在此期间再次打开会失败），再在网络恢复后重新打开客户端。存储、序列化等其他原因需要修复问题，重试无济于事。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請依附上的原始錯誤判斷：socket 錯誤或連線關閉（若帶有關閉碼，請依該碼查詢）應重新連線並逐步拉長重試間隔。登入失敗時 SDK 不會立即重試：請等尚未結束的開啟作業完成或失敗（在這段期間再次開啟會失敗），再於網路恢復後重新開啟用戶端。儲存、序列化等其他原因需要修正問題，重試也無濟於事。",
    },
];

/// Each code's end-user message, in the order of [`KnownCode::ALL`].
pub(crate) static MESSAGES: [Text; 102] = [
    Text {
        en: r"The chat connection has closed. If you're still signed in, it will reconnect shortly.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天连接已关闭。如果你仍处于登录状态，稍后会自动重新连接。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天連線已關閉。如果你仍在登入狀態，稍後會自動重新連線。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"Check your network connection and try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查网络连接后重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查網路連線後再試一次。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"This can't be done right now.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"当前无法执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"目前無法執行這項操作。",
    },
    Text {
        en: r"This isn't available offline. Connect to the network to see it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"离线时无法查看此内容，请连接网络后再查看。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"離線時無法查看這項內容，請連上網路後再查看。",
    },
    Text {
        en: r"That took too long. Check your network connection, and see whether your message arrived before sending it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"操作超时，请检查网络连接。重新发送消息前，请先确认它是否已经送达。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"操作逾時，請檢查網路連線。重新傳送訊息前，請先確認它是否已經送達。",
    },
    Text {
        en: r"Something went wrong, most likely a dropped connection. Check your network connection and try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"出了点问题，可能是网络连接中断了。请检查网络连接后重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"發生了一點問題，可能是網路連線中斷了。請檢查網路連線後再試一次。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"This message is too long to send. Shorten it, then send it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息太长，无法发送。请缩短后再发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息太長，無法傳送。請縮短後再傳送。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"Chat is restarting. Reconnecting in a moment…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天服务正在重启，稍后将自动重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天服務正在重新啟動，稍後會自動重新連線…",
    },
    Text {
        en: r"Chat is busy right now. Reconnecting shortly…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天服务当前繁忙，稍后将自动重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天服務目前忙碌中，稍後會自動重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"A secure connection couldn't be set up. If you're on public Wi-Fi, sign in to it first. Also check that your device's date and time are correct.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法建立安全连接。如果你在使用公共 Wi-Fi，请先完成 Wi-Fi 的登录认证，并确认设备的日期和时间正确。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法建立安全連線。如果你正在使用公共 Wi-Fi，請先完成 Wi-Fi 的登入驗證，並確認裝置的日期和時間正確。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"This device signed in twice to the notification service. Your chats aren't affected, and there's nothing you need to do.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此设备重复登录了推送服务。聊天不受影响，你无需进行任何操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這部裝置重複登入了推播服務。聊天不受影響，你不需要進行任何操作。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"Chat is still connecting. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天仍在连接中，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天仍在連線中，請稍後再試。",
    },
    Text {
        en: r"This account can't use chat at the moment. If you think this is a mistake, contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此账号目前无法使用聊天功能。如认为有误，请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個帳號目前無法使用聊天功能。若認為有誤，請聯絡應用程式的客服。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"This message is too long to send. Shorten it, then send it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息太长，无法发送。请缩短后再发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息太長，無法傳送。請縮短後再傳送。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"Your account was signed in on another device, so you've been signed out here. Sign in again to continue on this device.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你的账号已在其他设备登录，此设备已退出登录。如需在此设备继续使用，请重新登录。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你的帳號已在其他裝置登入，這部裝置已登出。如要在這部裝置繼續使用，請重新登入。",
    },
    Text {
        en: r"Your chat connection needs to be set up again. Please wait a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天连接需要重新建立，请稍候。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天連線需要重新建立，請稍候。",
    },
    Text {
        en: r"Chat has reached its user limit for today. Please try again tomorrow.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天服务今日使用人数已满，请明天再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天服務今天的使用人數已滿，請明天再試。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The app has signed you out of chat. Sign in again to continue.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你已被强制退出登录。如需继续聊天，请重新登录。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你已被強制登出。如要繼續聊天，請重新登入。",
    },
    Text {
        en: r"Too many messages are being sent right now. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"当前发送的消息太多，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"目前傳送的訊息太多，請稍後再試。",
    },
    Text {
        en: r"Signing out didn't complete, so this device may still get notifications. Please sign out again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"退出登录未完成，此设备可能仍会收到通知。请再次退出登录。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"登出未完成，這部裝置可能仍會收到通知。請再登出一次。",
    },
    Text {
        en: r"Something went wrong on our side. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务暂时出了点问题，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"服務暫時出了點問題，請稍後再試。",
    },
    Text {
        en: r"We couldn't confirm that your message was sent. Please check the chat before sending it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法确认消息是否已发送。请先查看聊天记录，再决定是否重新发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法確認訊息是否已送出。請先查看聊天紀錄，再決定是否重新傳送。",
    },
    Text {
        en: r"Something went wrong on our side. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务暂时出了点问题，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"服務暫時出了點問題，請稍後再試。",
    },
    Text {
        en: r"Something went wrong on our side. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务暂时出了点问题，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"服務暫時出了點問題，請稍後再試。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"This chat isn't available right now. It may no longer exist.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天暂时无法使用，可能已不存在。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天目前無法使用，可能已不存在。",
    },
    Text {
        en: r"This chat is full, so no one else can be added.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天人数已满，无法再添加成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天的人數已滿，無法再新增成員。",
    },
    Text {
        en: r"You can't do that in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你无法在此聊天中执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你無法在這個聊天中執行這項操作。",
    },
    Text {
        en: r"This chat's details couldn't be updated. Please try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法更新聊天信息，请重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法更新聊天資訊，請再試一次。",
    },
    Text {
        en: r"This chat can't be changed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天无法修改。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天無法變更。",
    },
    Text {
        en: r"You can't send messages in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你无法在此聊天中发送消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你無法在這個聊天中傳送訊息。",
    },
    Text {
        en: r"Only members of this chat can change its details.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只有此聊天的成员才能修改聊天信息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只有這個聊天的成員才能修改聊天資訊。",
    },
    Text {
        en: r"Chats couldn't be loaded. Please try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法加载聊天列表，请重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法載入聊天清單，請再試一次。",
    },
    Text {
        en: r"Earlier messages couldn't be loaded. Please try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法加载历史消息，请重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法載入先前的訊息，請再試一次。",
    },
    Text {
        en: r"Only members of this chat can see its earlier messages.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只有此聊天的成员才能查看历史消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只有這個聊天的成員才能查看先前的訊息。",
    },
    Text {
        en: r"This action isn't available in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天不支持该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天不支援這項操作。",
    },
    Text {
        en: r"This action isn't available in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天不支持该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天不支援這項操作。",
    },
    Text {
        en: r"You can't send messages in this chat for now.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你暂时无法在此聊天中发送消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你暫時無法在這個聊天中傳送訊息。",
    },
    Text {
        en: r"This action isn't available in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天不支持该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天不支援這項操作。",
    },
    Text {
        en: r"Only members of this chat can do that.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"只有此聊天的成员才能执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"只有這個聊天的成員才能執行這項操作。",
    },
    Text {
        en: r"Chat is busy right now. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天服务当前繁忙，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天服務目前忙碌中，請稍後再試。",
    },
    Text {
        en: r"You don't have permission to do that in this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你在此聊天中没有执行该操作的权限。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你在這個聊天中沒有執行這項操作的權限。",
    },
    Text {
        en: r"That role can't be assigned.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法设置该角色。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法設定這個角色。",
    },
    Text {
        en: r"No more members can be given this role.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该角色人数已满，无法再指定给其他成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個角色的人數已滿，無法再指派給其他成員。",
    },
    Text {
        en: r"This temporary chat has ended. Start a new chat to continue.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此临时聊天已结束。如需继续，请发起新的聊天。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個臨時聊天已結束。如要繼續，請開始新的聊天。",
    },
    Text {
        en: r"This chat must keep its owner, so this can't be done.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天必须保留所有者，因此无法执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天必須保留擁有者，因此無法執行這項操作。",
    },
    Text {
        en: r"This feature isn't available in this app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用未开放该功能。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放這項功能。",
    },
    Text {
        en: r"This message can't be sent because the chat no longer exists or you're no longer a member.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天已不存在，或你已不是成员，消息无法发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天已不存在，或你已不是成員，因此無法傳送訊息。",
    },
    Text {
        en: r"This message couldn't be sent because it doesn't follow the chat's rules. Edit it, then send it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息不符合聊天规则，未能发送。请修改后再发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息不符合聊天規範，因此未能傳送。請修改後再傳送。",
    },
    Text {
        en: r"You can only edit or unsend messages you sent.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你只能编辑或撤回自己发送的消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你只能編輯或收回自己傳送的訊息。",
    },
    Text {
        en: r"This message is no longer available.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息已不存在。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息已不存在。",
    },
    Text {
        en: r"This change wasn't allowed, so the message stays as it was.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此修改未获允许，消息保持不变。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這次修改未獲允許，訊息維持原樣。",
    },
    Text {
        en: r"Editing messages isn't available in this app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用未开放消息编辑功能。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放訊息編輯功能。",
    },
    Text {
        en: r"Unsending messages isn't available in this app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用未开放消息撤回功能。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放訊息收回功能。",
    },
    Text {
        en: r"Some words in this message were filtered.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息的部分内容已被过滤。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息的部分內容已被過濾。",
    },
    Text {
        en: r"The block list is full. Remove someone from it before adding more.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"黑名单已满，请先将部分用户移出黑名单，再添加新的用户。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"黑名單已滿，請先將部分使用者移出黑名單，再新增其他使用者。",
    },
    Text {
        en: r"Blocking isn't available in this app.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此应用未开放黑名单功能。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個應用程式未開放黑名單功能。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"You're on this chat's block list, so you can't do that.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你已被列入此聊天的黑名单，无法执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你已被列入這個聊天的黑名單，無法執行這項操作。",
    },
    Text {
        en: r"No more members can be muted in this chat right now.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"此聊天的禁言人数已满，暂时无法再禁言其他成员。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這個聊天的禁言人數已達上限，目前無法再禁言其他成員。",
    },
    Text {
        en: r"You've been muted in this chat and can't send messages for now.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你在此聊天中已被禁言，暂时无法发送消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你在這個聊天中已被禁言，暫時無法傳送訊息。",
    },
    Text {
        en: r"A member can't be made the owner of this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法将成员设为此聊天的所有者。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法將成員設為這個聊天的擁有者。",
    },
    Text {
        en: r"That took too long. Check your network connection, and see whether your message arrived before sending it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"操作超时，请检查网络连接。重新发送消息前，请先确认它是否已经送达。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"操作逾時，請檢查網路連線。重新傳送訊息前，請先確認它是否已經送達。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"Chat isn't connected, so this couldn't be done.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天未连接，无法执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天未連線，無法執行這項操作。",
    },
    Text {
        en: r"Something went wrong on our side, and this action may not have been completed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作可能没有完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作可能沒有完成。",
    },
    Text {
        en: r"This message is too long to send. Shorten it, then send it again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息太长，无法发送。请缩短后再发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息太長，無法傳送。請縮短後再傳送。",
    },
    Text {
        en: r"This chat couldn't be found.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"找不到此聊天。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"找不到這個聊天。",
    },
    Text {
        en: r"You can't edit or unsend this message.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"你无法编辑或撤回这条消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"你無法編輯或收回這則訊息。",
    },
    Text {
        en: r"This message hasn't been sent yet, so it can't be changed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"这条消息尚未发送成功，无法修改。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這則訊息尚未傳送成功，無法修改。",
    },
    Text {
        en: r"A member can't be made the owner of this chat.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法将成员设为此聊天的所有者。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法將成員設為這個聊天的擁有者。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"Something went wrong on our side, and this action may not have been completed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作可能没有完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作可能沒有完成。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
    Text {
        en: r"Check your network connection and try again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查网络连接后重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查網路連線後再試一次。",
    },
];

/// Where each code's facts come from, in the order of [`KnownCode::ALL`].
pub(crate) static SOURCES: [&[&str]; 102] = [
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:25", "leancloud/docs:docs/sdk/other/error-code.mdx:14", "RFC 6455 §7.4.2", "leancloud/js-realtime-sdk:src/im-client.js:1069", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:13", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:409", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:1101", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:256"],
    &["leancloud/docs:docs/sdk/other/error-code.mdx:20", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:12", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:12", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:14", "leancloud/javascript-sdk:src/error.js:42"],
    &["leancloud/docs:docs/sdk/other/error-code.mdx:25", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:16", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:677", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversationsQuery.java:668", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:114", "leancloud/java-unified-sdk:android-sdk/realtime-android/src/main/java/cn/leancloud/push/PushService.java:117", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:14", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:15", "leancloud/javascript-sdk:src/error.js:48"],
    &["leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:25", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:1623", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:18", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:17", "leancloud/javascript-sdk:src/error.js:61"],
    &["leancloud/docs:docs/sdk/other/error-code.mdx:100", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:80", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCSession.java:357", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:863", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:42", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:29", "leancloud/javascript-sdk:src/error.js:142"],
    &["leancloud/docs:docs/sdk/other/error-code.mdx:105", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:84", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversationsQuery.java:634", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:44", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:30", "leancloud/javascript-sdk:src/error.js:148"],
    &["leancloud/docs:docs/sdk/other/error-code.mdx:125", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:102", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/IMOperationQueue.java:72", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:108", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:131", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/LCIMOptions.java:7", "leancloud/docs:docs/sdk/im/guide/overview.mdx:265", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:52", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.m:38", "leancloud/javascript-sdk:src/error.js:176"],
    &["leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:232", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:304", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCSession.java:360", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/utils/ErrorUtils.java:41"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/js-realtime-sdk:src/error.js:2", "leancloud/js-realtime-sdk:src/error.js:3", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:35", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:105", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:14", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:787", "leancloud/csharp-sdk:Realtime/Realtime/Internal/WebSocket/LCWebSocketClient.cs:88", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:238", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:36", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:15", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:239", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:37", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:16", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:240", "snapview/tungstenite-rs@v0.30.0:src/protocol/mod.rs:727", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:38", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:17", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:241", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:39", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:256", "snapview/tungstenite-rs@v0.30.0:src/protocol/mod.rs:725"],
    &["RFC 6455 §7.4.1", "RFC 6455 §7.1.5", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:40", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:18", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:162", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:242", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:193"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:26", "leancloud/docs:docs/sdk/other/error-code.mdx:476", "RFC 6455 §7.4.1", "RFC 6455 §7.1.5", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/js-realtime-sdk:src/error.js:5", "leancloud/js-realtime-sdk:src/error.js:6", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:41", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:19", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:659", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:243", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:193", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:42", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1074", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:20", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:244", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:43", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:21", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:245", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:44", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:22", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:246", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:23", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:247", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["RFC 6455 §7.4.1", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:24", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:676", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:248", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:171", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:249", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:174", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:250", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "leancloud/js-realtime-sdk:src/realtime.js:266", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1001", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1079", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Connection/State/ConnectedState.cs:164", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCConnectionManager.java:373"],
    &["IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.m:165", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:256", "snapview/tungstenite-rs@v0.30.0:src/protocol/mod.rs:725"],
    &["RFC 6455 §7.4.1", "RFC 6455 §7.1.5", "IANA WebSocket Close Code Number Registry", "mdn/content:files/en-us/web/api/closeevent/code/index.md", "leancloud/objc-sdk:AVOS/Sources/Vendor/WebSocket/LCRTMWebSocket.h:25", "leancloud/swift-sdk:Sources/RTM/WebSocket.swift:1031", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:251", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:193"],
    &["IANA WebSocket Close Code Number Registry", "RFC 6455 §7.4.2", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/websocket/StandardWebSocketClient.java:33", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/websocket/StandardWebSocketClient.java:54", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:1101", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:254"],
    &["IANA WebSocket Close Code Number Registry", "RFC 6455 §7.4.2", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:254"],
    &["IANA WebSocket Close Code Number Registry", "RFC 6455 §7.4.2", "snapview/tungstenite-rs@v0.30.0:src/protocol/frame/coding.rs:254"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:27", "leancloud/docs:docs/sdk/other/error-code.mdx:482", "leancloud/js-realtime-sdk:src/error.js:8", "leancloud/js-realtime-sdk:src/realtime.js:258", "leancloud/js-realtime-sdk:src/websocket-plus.js:341"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:28", "leancloud/docs:docs/sdk/other/error-code.mdx:488"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:29", "leancloud/docs:docs/sdk/other/error-code.mdx:494", "leancloud/js-realtime-sdk:src/error.js:12", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/SignatureFactory.java:8", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCDefaultConnectionListener.java:26", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCDefaultConnectionListener.java:100", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1498", "leancloud/docs:docs/sdk/im/guide/senior.mdx:55", "leancloud/docs:docs/sdk/im/guide/senior.mdx:68", "leancloud/docs:docs/sdk/im/guide/senior.mdx:75", "leancloud/docs:docs/sdk/im/guide/senior.mdx:78", "leancloud/docs:docs/sdk/im/guide/senior.mdx:82"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:30", "leancloud/docs:docs/sdk/other/error-code.mdx:500", "leancloud/js-realtime-sdk:src/error.js:16", "leancloud/js-realtime-sdk:src/realtime.js:259", "leancloud/docs:docs/sdk/im/guide/overview.mdx:92"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:31", "leancloud/docs:docs/sdk/other/error-code.mdx:506", "leancloud/js-realtime-sdk:src/error.js:20"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:32", "leancloud/docs:docs/sdk/other/error-code.mdx:512"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:33", "leancloud/docs:docs/sdk/other/error-code.mdx:518", "leancloud/js-realtime-sdk:src/error.js:24", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1287", "leancloud/js-realtime-sdk:src/websocket-plus.js:21", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:34", "leancloud/docs:docs/sdk/other/error-code.mdx:524", "leancloud/js-realtime-sdk:src/error.js:27", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1288", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:35", "leancloud/docs:docs/sdk/other/error-code.mdx:530", "leancloud/js-realtime-sdk:src/error.js:30", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1289", "leancloud/docs:docs/sdk/im/guide/overview.mdx:267", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:680", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:977", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:36", "leancloud/docs:docs/sdk/other/error-code.mdx:536", "leancloud/js-realtime-sdk:src/error.js:33", "leancloud/js-realtime-sdk:src/realtime.js:260", "leancloud/docs:docs/sdk/start/dashboard-guide.mdx:139"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:37", "leancloud/docs:docs/sdk/other/error-code.mdx:542", "leancloud/js-realtime-sdk:src/error.js:37", "leancloud/docs:docs/sdk/im/guide/intermediate.mdx:1860", "leancloud/docs:docs/sdk/im/guide/intermediate.mdx:1883", "leancloud/docs:docs/sdk/im/guide/intermediate.mdx:1938", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1276", "leancloud/js-realtime-sdk:src/im-client.js:170", "leancloud/js-realtime-sdk:src/im-client.js:177", "leancloud/swift-sdk:Sources/Foundation/Error.swift:79", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:2502", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:24", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClientProtocol.h:49", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/DefaultSessionListener.java:63", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Controller/LCIMSessionController.cs:124", "leancloud/Realtime-SDK-Flutter:lib/src/client.dart:47", "leancloud/docs:docs/sdk/im/guide/intermediate.mdx:1928"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:38", "leancloud/docs:docs/sdk/other/error-code.mdx:548", "leancloud/js-realtime-sdk:src/error.js:40", "leancloud/js-realtime-sdk:src/im-client.js:911", "leancloud/js-realtime-sdk:src/im-client.js:918", "leancloud/swift-sdk:Sources/Foundation/Error.swift:80", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1486", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:25", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClient.m:656", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Conversation/LCIMConversation.m:2413", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCDefaultConnectionListener.java:27", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCDefaultConnectionListener.java:101"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:39", "leancloud/docs:docs/sdk/other/error-code.mdx:554", "leancloud/js-realtime-sdk:src/error.js:43"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:40", "leancloud/docs:docs/sdk/other/error-code.mdx:560", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1290", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:41", "leancloud/docs:docs/sdk/other/error-code.mdx:566", "leancloud/docs:docs/sdk/im/guide/rest.mdx:1191", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1276", "leancloud/js-realtime-sdk:src/im-client.js:188", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClientProtocol.h:50", "leancloud/Realtime-SDK-Flutter:example/lib/main.dart:1827", "leancloud/docs:docs/sdk/im/guide/rest.mdx:1206", "leancloud/docs:docs/sdk/im/guide/senior.mdx:82"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:42", "leancloud/docs:docs/sdk/other/error-code.mdx:572", "leancloud/js-realtime-sdk:src/error.js:47"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:43", "leancloud/docs:docs/sdk/other/error-code.mdx:578"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:44", "leancloud/docs:docs/sdk/other/error-code.mdx:584", "leancloud/js-realtime-sdk:src/error.js:51", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:1291", "leancloud/js-realtime-sdk:src/realtime.js:266"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:45", "leancloud/docs:docs/sdk/other/error-code.mdx:590", "leancloud/js-realtime-sdk@3e108d0:src/error.js:43", "leancloud/js-realtime-sdk@3e108d0:src/error.js:44"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:46", "leancloud/docs:docs/sdk/other/error-code.mdx:596"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:47", "leancloud/docs:docs/sdk/other/error-code.mdx:602", "leancloud/js-realtime-sdk:src/error.js:55"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:48", "leancloud/docs:docs/sdk/other/error-code.mdx:608", "leancloud/js-realtime-sdk:src/error.js:59"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:49", "leancloud/docs:docs/sdk/other/error-code.mdx:614", "leancloud/js-realtime-sdk:src/error.js:63", "leancloud/js-realtime-sdk:src/conversations/temporary-conversation.js:6"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:50", "leancloud/docs:docs/sdk/other/error-code.mdx:620", "leancloud/js-realtime-sdk:src/error.js:66", "leancloud/docs:docs/sdk/im/guide/overview.mdx:268"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:51", "leancloud/docs:docs/sdk/other/error-code.mdx:626", "leancloud/js-realtime-sdk:src/error.js:69", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:534", "leancloud/csharp-sdk:Realtime/Realtime.Test/Hook.cs:22"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:52", "leancloud/docs:docs/sdk/other/error-code.mdx:632", "leancloud/js-realtime-sdk:src/error.js:73"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:53", "leancloud/docs:docs/sdk/other/error-code.mdx:638", "leancloud/js-realtime-sdk:src/error.js:76"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:54", "leancloud/docs:docs/sdk/other/error-code.mdx:644", "leancloud/js-realtime-sdk:src/error.js:79"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:55", "leancloud/docs:docs/sdk/other/error-code.mdx:650", "leancloud/js-realtime-sdk:src/error.js:82"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:56", "leancloud/docs:docs/sdk/other/error-code.mdx:656", "leancloud/js-realtime-sdk:src/error.js:86"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:57", "leancloud/docs:docs/sdk/other/error-code.mdx:662", "leancloud/js-realtime-sdk:src/error.js:90"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:58", "leancloud/docs:docs/sdk/other/error-code.mdx:668", "leancloud/js-realtime-sdk:src/error.js:93"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:59", "leancloud/docs:docs/sdk/other/error-code.mdx:674", "leancloud/js-realtime-sdk:src/error.js:98"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:60", "leancloud/docs:docs/sdk/other/error-code.mdx:680", "leancloud/js-realtime-sdk:src/error.js:101"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:61", "leancloud/docs:docs/sdk/other/error-code.mdx:686", "leancloud/js-realtime-sdk:src/error.js:104", "leancloud/js-realtime-sdk:src/error.js:105"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:62", "leancloud/docs:docs/sdk/other/error-code.mdx:692", "leancloud/js-realtime-sdk:src/error.js:108"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:63", "leancloud/docs:docs/sdk/other/error-code.mdx:698", "leancloud/js-realtime-sdk:src/error.js:111", "leancloud/js-realtime-sdk@3e108d0:src/error.js:68"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:64", "leancloud/docs:docs/sdk/other/error-code.mdx:704", "leancloud/js-realtime-sdk:src/error.js:114"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:65", "leancloud/docs:docs/sdk/other/error-code.mdx:710"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:66", "leancloud/docs:docs/sdk/other/error-code.mdx:716", "leancloud/js-realtime-sdk:src/conversation-member-info.js:9", "leancloud/js-realtime-sdk:src/conversation-member-info.js:69", "leancloud/js-realtime-sdk:src/conversations/conversation.js:120"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:67", "leancloud/docs:docs/sdk/other/error-code.mdx:722"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:68", "leancloud/docs:docs/sdk/other/error-code.mdx:728", "leancloud/js-realtime-sdk:src/error.js:118", "leancloud/js-realtime-sdk:src/conversations/temporary-conversation.js:7", "leancloud/js-realtime-sdk:src/conversations/temporary-conversation.js:52", "leancloud/docs:docs/sdk/im/guide/senior.mdx:1027"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:69", "leancloud/docs:docs/sdk/other/error-code.mdx:734", "leancloud/js-realtime-sdk:src/conversation-member-info.js:69", "leancloud/js-realtime-sdk:src/conversations/conversation.js:120"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:70", "leancloud/docs:docs/sdk/other/error-code.mdx:740", "leancloud/csharp-sdk:Realtime/Realtime.Test/Conversation.cs:75", "leancloud/docs:docs/sdk/start/dashboard-guide.mdx:771"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:71", "leancloud/docs:docs/sdk/other/error-code.mdx:746", "leancloud/js-realtime-sdk:src/error.js:122", "leancloud/docs:docs/sdk/im/guide/overview.mdx:279"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:72", "leancloud/docs:docs/sdk/other/error-code.mdx:752", "leancloud/js-realtime-sdk:src/error.js:126", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:134", "leancloud/js-realtime-sdk:src/conversations/conversation-base.js:354", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1151", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Utilities/LCIMErrorUtil.m:83", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/session/LCDefaultConnectionListener.java:547", "leancloud/csharp-sdk:Realtime/Realtime/Internal/Controller/LCIMMessageController.cs:71"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:73", "leancloud/docs:docs/sdk/other/error-code.mdx:758", "leancloud/js-realtime-sdk:src/error.js:130"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:74", "leancloud/docs:docs/sdk/other/error-code.mdx:764", "leancloud/js-realtime-sdk:src/error.js:133"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:75", "leancloud/docs:docs/sdk/other/error-code.mdx:770", "leancloud/js-realtime-sdk:src/error.js:136", "leancloud/docs:docs/sdk/im/guide/systemconv.mdx:499"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:76", "leancloud/docs:docs/sdk/other/error-code.mdx:776", "leancloud/js-realtime-sdk:src/error.js:140", "leancloud/docs:docs/sdk/start/dashboard-guide.mdx:771"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:77", "leancloud/docs:docs/sdk/other/error-code.mdx:782", "leancloud/js-realtime-sdk:src/error.js:143", "leancloud/docs:docs/sdk/start/dashboard-guide.mdx:771"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:78", "leancloud/docs:docs/sdk/other/error-code.mdx:788", "leancloud/docs:docs/sdk/im/guide/intermediate.mdx:440", "leancloud/js-realtime-sdk:src/im-client.js:1511", "leancloud/js-realtime-sdk:src/im-client.js:334"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:79", "leancloud/docs:docs/sdk/other/error-code.mdx:794"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:80", "leancloud/docs:docs/sdk/other/error-code.mdx:800", "leancloud/csharp-sdk:Realtime/Realtime.Test/Conversation.cs:142", "leancloud/docs:docs/sdk/start/dashboard-guide.mdx:771"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:81", "leancloud/docs:docs/sdk/other/error-code.mdx:806"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:82", "leancloud/docs:docs/sdk/other/error-code.mdx:812"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:83", "leancloud/docs:docs/sdk/other/error-code.mdx:818"],
    &["leancloud/docs:docs/sdk/im/im-faq.mdx:84", "leancloud/docs:docs/sdk/other/error-code.mdx:824"],
    &["leancloud/js-realtime-sdk:src/error.js:146", "leancloud/js-realtime-sdk:src/conversations/conversation.js:122"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:25", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:337", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1482", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:27", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:353", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClient.m:652", "leancloud/js-realtime-sdk:src/connection.js:108", "leancloud/js-realtime-sdk:src/connection.js:20", "leancloud/docs:docs/sdk/im/guide/overview.mdx:265", "leancloud/swift-sdk:Sources/Foundation/Application.swift:141", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:243", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/LCIMOptions.java:7"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:26", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1204", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1484", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:28", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1091", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClient.m:654"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:27", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:504", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:29", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClient.m:685"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:28", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1588", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1085", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:30", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Client/LCIMClient.m:606", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:972"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:29", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:683", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:31", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:980"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:31", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:911", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:33", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Conversation/LCIMConversationQuery.m:342", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:1975", "leancloud/java-unified-sdk:realtime/src/main/java/cn/leancloud/im/v2/LCIMConversation.java:1981"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:32", "leancloud/swift-sdk:Sources/RTM/IMConversation.swift:1014", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:34"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:33", "leancloud/swift-sdk:Sources/RTM/IMConversation.swift:1009", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:35"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:34", "leancloud/swift-sdk:Sources/RTM/IMConversation.swift:1998", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/LCIMCommon.h:36", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Conversation/LCIMConversation.m:2491"],
    &["leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:246", "leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/utils/ErrorUtils.java:62"],
    &["leancloud/java-unified-sdk:core/src/main/java/cn/leancloud/LCException.java:247", "leancloud/Realtime-SDK-Flutter:android/src/main/java/cn/leancloud/plugin/Exception.java:6", "leancloud/Realtime-SDK-Flutter:android/src/main/java/cn/leancloud/plugin/LeancloudPlugin.java:232", "leancloud/Realtime-SDK-Flutter:android/src/main/java/cn/leancloud/plugin/LeancloudPlugin.java:410"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:36", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:127", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:864", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:804"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:37", "leancloud/swift-sdk:Sources/RTM/IMConversationQuery.swift:474", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:129", "leancloud/swift-sdk:Sources/Foundation/Array.swift:124", "leancloud/swift-sdk:Sources/Foundation/Array.swift:131"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:38", "leancloud/swift-sdk:Sources/RTM/IMConversationQuery.swift:460", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:131", "leancloud/swift-sdk:Sources/RTM/RTMRouter.swift:43", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1401", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:865"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:39", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:475", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:133", "leancloud/swift-sdk:Sources/RTM/RTMRouter.swift:81", "leancloud/swift-sdk:Sources/RTM/RTMRouter.swift:198", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:954", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:815"],
    &["leancloud/swift-sdk:Sources/Foundation/Error.swift:40", "leancloud/swift-sdk:Sources/Foundation/Error.swift:94", "leancloud/swift-sdk:Sources/RTM/RTMConnection.swift:1008", "leancloud/swift-sdk:Sources/RTM/IMClient.swift:1437", "leancloud/objc-sdk:AVOS/Sources/Foundation/Utils/LCErrorUtils.h:135", "leancloud/objc-sdk:AVOS/Sources/Realtime/IM/Connection/LCRTMConnection.m:1088", "leancloud/Realtime-SDK-Flutter:ios/Classes/SwiftLeancloudPlugin.swift:1312", "leancloud/Realtime-SDK-Flutter:ios/Classes/SwiftLeancloudPlugin.swift:1318"],
];

/// The answers for a number this crate does not know, per range, in the order of [`CodeRange::ALL`](crate::CodeRange::ALL).
pub(crate) static UNKNOWN_ANSWERS: [Answers; 5] = [
    Answers {
        connection: Some(ConnectionAction::Reconnect),
        session: Some(ConnectionAction::StayOffline),
        operation: None,
        retry_after: None,
        unknown_outcome: false,
    },
    Answers {
        connection: Some(ConnectionAction::Reconnect),
        session: Some(ConnectionAction::StayOffline),
        operation: None,
        retry_after: None,
        unknown_outcome: false,
    },
    Answers {
        connection: Some(ConnectionAction::Reconnect),
        session: Some(ConnectionAction::StayOffline),
        operation: None,
        retry_after: None,
        unknown_outcome: false,
    },
    Answers {
        connection: Some(ConnectionAction::Reconnect),
        session: Some(ConnectionAction::StayOffline),
        operation: None,
        retry_after: None,
        unknown_outcome: false,
    },
    Answers {
        connection: Some(ConnectionAction::Reconnect),
        session: Some(ConnectionAction::StayOffline),
        operation: None,
        retry_after: None,
        unknown_outcome: false,
    },
];

/// Each range's description, in the order of [`CodeRange::ALL`](crate::CodeRange::ALL).
pub(crate) static UNKNOWN_DESCRIPTIONS: [Text; 5] = [
    Text {
        en: r"A number below 1000 that this crate does not know. It is not a close code (RFC 6455 leaves 0-999 unused); LeanCloud's general error codes and the SDKs' local reports use this range.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"本库不认识的小于 1000 的数字。它不是关闭码（RFC 6455 未使用 0-999）；LeanCloud 的通用错误码和 SDK 的本地报告会用到这一范围。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"本程式庫不認得的小於 1000 的數字。它不是關閉碼（RFC 6455 未使用 0-999）；LeanCloud 的通用錯誤碼和 SDK 的本機回報會用到這個範圍。",
    },
    Text {
        en: r"A close code in the WebSocket protocol range (1000-2999) that no standard has assigned yet.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"位于 WebSocket 协议范围（1000-2999）内、尚未被任何标准分配的关闭码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"位於 WebSocket 協定範圍（1000-2999）內、尚未由任何標準指派的關閉碼。",
    },
    Text {
        en: r"A close code in the range that IANA registers for libraries, frameworks and applications (3000-3999), which this crate does not know.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"本库不认识的关闭码，属于 IANA 为库、框架和应用登记的范围（3000-3999）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"本程式庫不認得的關閉碼，屬於 IANA 為程式庫、框架和應用程式登記的範圍（3000-3999）。",
    },
    Text {
        en: r"A close code in the application range (4000-4999) that this crate does not know: a newer LeanCloud code, or one of the app's own.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"本库不认识的应用自定义关闭码（4000-4999）：可能是较新的 LeanCloud 错误码，也可能是应用自己定义的。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"本程式庫不認得的應用程式自訂關閉碼（4000-4999）：可能是較新的 LeanCloud 錯誤碼，也可能是應用程式自己定義的。",
    },
    Text {
        en: r"A number of 5000 or more that this crate does not know. It is not a valid close code, so it was raised locally, most likely by an SDK.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"本库不认识的 5000 及以上的数字。它不是合法的关闭码，因此来自本地，多半由 SDK 产生。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"本程式庫不認得的 5000 以上的數字。它不是有效的關閉碼，因此來自本機，多半由 SDK 產生。",
    },
];

/// Each range's hint, in the order of [`CodeRange::ALL`](crate::CodeRange::ALL).
pub(crate) static UNKNOWN_HINTS: [Text; 5] = [
    Text {
        en: r"Look the number up in LeanCloud's general error-code list; if the connection is down, reconnect with backoff.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在 LeanCloud 的通用错误码列表中查找该数字；如果连接已断开，请重新连接并逐步拉长重试间隔。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在 LeanCloud 的通用錯誤碼清單中查詢這個數字；如果連線已中斷，請重新連線並逐步拉長重試間隔。",
    },
    Text {
        en: r"Reconnect with backoff; the peer may run a newer or nonstandard WebSocket implementation.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔；对端可能使用了较新或不合规范的 WebSocket 实现。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔；對方可能使用了較新或不合規範的 WebSocket 實作。",
    },
    Text {
        en: r"Reconnect with backoff, and find out which proxy, gateway or library sent it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔，同时查明是哪个代理、网关或库发出的。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔，同時查明是哪個代理伺服器、閘道或程式庫送出的。",
    },
    Text {
        en: r"Reconnect with backoff. If the code keeps coming, update this crate, or give the code its own texts in the app's text table.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请重新连接并逐步拉长重试间隔。如果该码反复出现，请升级本库，或在应用自己的文案表中为它提供文案。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請重新連線並逐步拉長重試間隔。如果這個碼一再出現，請升級本程式庫，或在應用程式自己的文案表中為它提供文案。",
    },
    Text {
        en: r"Look the number up in the documentation of the SDK that raised it; if the connection is down, reconnect with backoff.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在产生它的 SDK 的文档中查找该数字；如果连接已断开，请重新连接并逐步拉长重试间隔。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在產生它的 SDK 的文件中查詢這個數字；如果連線已中斷，請重新連線並逐步拉長重試間隔。",
    },
];

/// Each range's end-user message, in the order of [`CodeRange::ALL`](crate::CodeRange::ALL).
pub(crate) static UNKNOWN_MESSAGES: [Text; 5] = [
    Text {
        en: r"Something went wrong. If it keeps happening, contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"出了点问题。如果问题持续出现，请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"發生了一點問題。如果持續發生，請聯絡應用程式的客服。",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"The connection was interrupted. Reconnecting…",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已中断，正在重新连接…",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已中斷，正在重新連線…",
    },
    Text {
        en: r"Something went wrong. If it keeps happening, contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"出了点问题。如果问题持续出现，请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"發生了一點問題。如果持續發生，請聯絡應用程式的客服。",
    },
];

/// Where each range's facts come from, in the order of [`CodeRange::ALL`](crate::CodeRange::ALL).
pub(crate) static UNKNOWN_SOURCES: [&[&str]; 5] = [
    &["RFC 6455 §7.4.2", "leancloud/docs:docs/sdk/other/error-code.mdx:14"],
    &["RFC 6455 §7.4.2", "IANA WebSocket Close Code Number Registry"],
    &["RFC 6455 §7.4.2", "IANA WebSocket Close Code Number Registry"],
    &["RFC 6455 §7.4.2", "leancloud/js-realtime-sdk:src/realtime.js:256"],
    &["RFC 6455 §7.4.2"],
];

/// The answers for HTTP statuses: single statuses first, then classes, then any other.
#[cfg(feature = "alloc")]
pub(crate) static HTTP_RECORDS: [HttpRecord; 13] = [
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:340
    // Source: RFC 9110 §15.5.2
    HttpRecord {
        key: HttpKey::Status(401),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixConfiguration),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:345
    // Source: RFC 9110 §15.5.4
    HttpRecord {
        key: HttpKey::Status(403),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixConfiguration),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: RFC 9110 §15.5.5
    HttpRecord {
        key: HttpKey::Status(404),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixRequest),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:357
    // Source: RFC 9110 §15.5.14
    HttpRecord {
        key: HttpKey::Status(413),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixRequest),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/im/guide/rest.mdx:1687
    // Source: leancloud/docs:docs/sdk/im/guide/rest.mdx:1731
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:362
    // Source: RFC 6585 §4
    HttpRecord {
        key: HttpKey::Status(429),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::RetryLater),
        retry_after: Some(RetryAfter::Delay(core::time::Duration::from_secs(60))),
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:377
    // Source: RFC 9110 §15.6.3
    HttpRecord {
        key: HttpKey::Status(502),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::RetryLater),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:382
    // Source: RFC 9110 §15.6.4
    HttpRecord {
        key: HttpKey::Status(503),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::RetryLater),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:387
    HttpRecord {
        key: HttpKey::Status(504),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixConfiguration),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:392
    HttpRecord {
        key: HttpKey::Status(511),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::RetryLater),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: leancloud/docs:docs/sdk/other/error-code.mdx:397
    HttpRecord {
        key: HttpKey::Status(524),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::Retry),
        retry_after: None,
        unknown_outcome: true,
    },
    // Source: RFC 9110 §15.5
    HttpRecord {
        key: HttpKey::Class(4),
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::FixRequest),
        retry_after: None,
        unknown_outcome: false,
    },
    // Source: RFC 9110 §15.6
    HttpRecord {
        key: HttpKey::Class(5),
        handshake: Some(ConnectionAction::Reconnect),
        operation: Some(OperationAction::Retry),
        retry_after: None,
        unknown_outcome: true,
    },
    // Source: RFC 9110 §15
    HttpRecord {
        key: HttpKey::Other,
        handshake: Some(ConnectionAction::Stop),
        operation: Some(OperationAction::Report),
        retry_after: None,
        unknown_outcome: false,
    },
];

/// Each HTTP status's description, in the order of `HTTP_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static HTTP_DESCRIPTIONS: [Text; 13] = [
    Text {
        en: r"The server refused the credentials: no App ID was sent, or the App ID and key do not match.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器拒绝了凭据：没有发送 App ID，或 App ID 与 Key 不匹配。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器拒絕了憑證：沒有送出 App ID，或 App ID 與 Key 不相符。",
    },
    Text {
        en: r"The server understood the request but refuses it: a permission or a console switch forbids it, or a user session is missing.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器理解请求但拒绝执行：某项权限或控制台开关禁止了它，或缺少用户会话。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器理解請求但拒絕執行：某項權限或主控台開關禁止了它，或缺少使用者工作階段。",
    },
    Text {
        en: r"Nothing exists at the requested path: the URL, the API version or an ID in the path is wrong.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请求的路径上没有任何资源：URL、API 版本或路径中的某个 ID 有误。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請求的路徑上沒有任何資源：URL、API 版本或路徑中的某個 ID 有誤。",
    },
    Text {
        en: r"The request body is larger than the endpoint accepts.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请求体超过了该接口接受的大小。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請求內容超過了這個介面接受的大小。",
    },
    Text {
        en: r"Too many requests: a per-minute rate limit was exceeded, or, on endpoints that also have a daily total, the day's total is used up.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请求过多：超过了每分钟的频率限制；对同时有每日总量的接口，也可能是当天的总量已用完。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請求過多：超過了每分鐘的頻率限制；對同時有每日總量的介面，也可能是當天的總量已用完。",
    },
    Text {
        en: r"The server is down for maintenance, or a gateway in front of it got no valid response from it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器正在维护，或服务器前方的网关没有从它那里得到有效响应。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器正在維護，或伺服器前方的閘道沒有從它那裡得到有效回應。",
    },
    Text {
        en: r"The service is unavailable for now: LeanCloud disabled the app or made it read-only, usually for operations work it announces beforehand, or a gateway in front of the server is overloaded. A refused WebSocket handshake means the same.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务暂时不可用：LeanCloud 临时禁用了应用或将其设为只读（通常是事先通知的运维操作期间），或服务器前方的网关负载过高。WebSocket 握手被拒绝时，含义相同。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"服務暫時無法使用：LeanCloud 暫時停用了應用程式或將其設為唯讀（通常是事先通知的維運作業期間），或伺服器前方的閘道負載過高。WebSocket 交握被拒絕時，含義相同。",
    },
    Text {
        en: r"The app's storage was archived after a long time without use; LeanCloud answers 504 until it is restored.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的存储因长期未访问而被归档；恢复之前，LeanCloud 都会返回 504。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的儲存因長期未存取而被封存；恢復之前，LeanCloud 都會回傳 504。",
    },
    Text {
        en: r"LeanCloud blocked this API for a while during operations work; access comes back by itself.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"LeanCloud 在运维期间临时禁止访问此 API，之后会自动恢复。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"LeanCloud 在維運期間暫時禁止存取這個 API，之後會自動恢復。",
    },
    Text {
        en: r"A gateway reached the application server but got no timely answer, usually because one server instance failed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"网关连上了应用服务器，但没有及时得到响应，通常是某个服务器实例出了故障。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"閘道連上了應用程式伺服器，但沒有及時得到回應，通常是某個伺服器執行個體發生故障。",
    },
    Text {
        en: r"The server refused the request as sent (an HTTP client error).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器拒绝了这次请求的内容（HTTP 客户端错误）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器拒絕了這次請求的內容（HTTP 用戶端錯誤）。",
    },
    Text {
        en: r"The server failed to handle a request it accepted (an HTTP server error).",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器未能处理它已接受的请求（HTTP 服务器错误）。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器未能處理它已接受的請求（HTTP 伺服器錯誤）。",
    },
    Text {
        en: r"A failure that neither its HTTP status nor its code explains: a REST error code this crate does not know, with a status outside 4xx and 5xx or none at all; a redirect that was not followed; or a successful response without the expected upgrade.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"HTTP 状态码和错误码都无法解释的失败：本库不认识的 REST 错误码，且状态码不在 4xx 和 5xx 之内（或根本没有状态码）；没有跟随的重定向；或者缺少预期协议升级的成功响应。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"HTTP 狀態碼和錯誤碼都無法解釋的失敗：本程式庫不認得的 REST 錯誤碼，且狀態碼不在 4xx 和 5xx 之內（或根本沒有狀態碼）；沒有跟隨的重新導向；或缺少預期協定升級的成功回應。",
    },
];

/// Each HTTP status's hint, in the order of `HTTP_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static HTTP_HINTS: [Text; 13] = [
    Text {
        en: r"Check the App ID, the App Key (or Master Key) and the request's signature headers; nothing succeeds until they are right.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查 App ID、App Key（或 Master Key）以及请求的签名头；在改正之前，任何请求都不会成功。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查 App ID、App Key（或 Master Key）以及請求的簽章標頭；在改正之前，任何請求都不會成功。",
    },
    Text {
        en: r"Read the error text: it names the permission or the console option to change.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看错误文本：它会指出需要修改的权限或控制台选项。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看錯誤文字：它會指出需要修改的權限或主控台選項。",
    },
    Text {
        en: r"Check the server address, the path and the IDs in it. For a refused WebSocket handshake, check the address the router returned.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查服务器地址、路径及其中的 ID。如果是 WebSocket 握手被拒绝，请检查路由返回的地址。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查伺服器位址、路徑及其中的 ID。若是 WebSocket 交握遭拒，請檢查路由回傳的位址。",
    },
    Text {
        en: r"Check the endpoint's size limit and send less in one request, or split it.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看该接口的大小限制，减少单次请求发送的内容，或拆分请求。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看這個介面的大小限制，減少單次請求送出的內容，或拆分請求。",
    },
    Text {
        en: r"Wait a minute, or as long as a Retry-After header says, before sending again. If 429 persists after the minute, the daily total is spent: wait for the next day.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请等待一分钟，或等待 Retry-After 头给出的时间后再发送。如果一分钟后仍返回 429，说明当天总量已用完，请等到第二天。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請等待一分鐘，或等待 Retry-After 標頭給出的時間後再送出。如果一分鐘後仍回傳 429，表示當天總量已用完，請等到隔天。",
    },
    Text {
        en: r"Retry with backoff; maintenance ends by itself.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请逐步拉长间隔后重试；维护结束后会自行恢复。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請逐步拉長間隔後重試；維護結束後會自行恢復。",
    },
    Text {
        en: r"Retry with backoff, and honor a Retry-After header. Writes fail for as long as the app is read-only.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请逐步拉长间隔后重试，并遵守 Retry-After 头。应用处于只读状态期间，写入都会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請逐步拉長間隔後重試，並遵守 Retry-After 標頭。應用程式處於唯讀狀態期間，寫入都會失敗。",
    },
    Text {
        en: r"Restore the app in the LeanCloud console; nothing succeeds before that.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请在 LeanCloud 控制台中恢复应用；恢复之前，任何请求都不会成功。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請在 LeanCloud 主控台中恢復應用程式；恢復之前，任何請求都不會成功。",
    },
    Text {
        en: r"Retry with backoff; contact LeanCloud support if it lasts.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请逐步拉长间隔后重试；如果持续出现，请联系 LeanCloud 技术支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請逐步拉長間隔後重試；若持續發生，請聯絡 LeanCloud 技術支援。",
    },
    Text {
        en: r"Retry with backoff; the gateway drops a failed instance within seconds. Take care with requests that are not idempotent: this one may already have been applied.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请逐步拉长间隔后重试；网关会在几秒内移除出故障的实例。非幂等请求要格外小心：这次请求可能已经生效。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請逐步拉長間隔後重試；閘道會在幾秒內移除故障的執行個體。非冪等的請求要特別留意：這次請求可能已經生效。",
    },
    Text {
        en: r"Read the error text and the status, and correct the request; sending it unchanged fails again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看错误文本和状态码并修正请求；原样重发仍会失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看錯誤文字和狀態碼並修正請求；原封不動地重送仍會失敗。",
    },
    Text {
        en: r"Retry with backoff, and report it to LeanCloud support if it persists. A request that is not idempotent may already have been applied.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请逐步拉长间隔后重试；如果持续出现，请报告给 LeanCloud 技术支持。非幂等请求可能已经生效。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請逐步拉長間隔後重試；若持續發生，請回報給 LeanCloud 技術支援。非冪等的請求可能已經生效。",
    },
    Text {
        en: r"Read the server's error text and the status, and check the address (a redirect means it moved) and whatever sits in front of the server; if nothing explains it, report it with both.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请查看服务端的错误文本和状态码，并检查地址（重定向说明地址已迁移）以及服务器前方的组件；如果都无法解释，请附上这两项一起上报。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請查看伺服器的錯誤文字和狀態碼，並檢查位址（重新導向表示位址已搬移）以及伺服器前方的元件；如果都無法解釋，請附上這兩項一起回報。",
    },
];

/// Each HTTP status's end-user message, in the order of `HTTP_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static HTTP_MESSAGES: [Text; 13] = [
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"This action isn't allowed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"不允许执行该操作。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"不允許執行這項操作。",
    },
    Text {
        en: r"This couldn't be found.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"找不到相关内容。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"找不到相關內容。",
    },
    Text {
        en: r"This is too large to send.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"内容过大，无法发送。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"內容過大，無法傳送。",
    },
    Text {
        en: r"Chat is busy right now. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天服务当前繁忙，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天服務目前忙碌中，請稍後再試。",
    },
    Text {
        en: r"Chat is temporarily unavailable. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天功能暂时无法使用，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天功能暫時無法使用，請稍後再試。",
    },
    Text {
        en: r"Chat is temporarily unavailable. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天功能暂时无法使用，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天功能暫時無法使用，請稍後再試。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"Chat is temporarily unavailable. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天功能暂时无法使用，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天功能暫時無法使用，請稍後再試。",
    },
    Text {
        en: r"The server took too long to respond. Check whether your last action went through before trying again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器响应超时。请先确认刚才的操作是否已经完成，再决定是否重试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器回應逾時。請先確認剛才的操作是否已經完成，再決定是否重試。",
    },
    Text {
        en: r"This action couldn't be completed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"這項操作未能完成。",
    },
    Text {
        en: r"Something went wrong on our side. Please try again later.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务暂时出了点问题，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"服務暫時出了點問題，請稍後再試。",
    },
    Text {
        en: r"This action couldn't be completed because of a problem on our side.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"系统出了点问题，该操作未能完成。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"系統發生問題，這項操作未能完成。",
    },
];

/// The answers for the transport failures that have no close code.
#[cfg(feature = "alloc")]
pub(crate) static TRANSPORT_RECORDS: [TransportRecord; 4] = [
    // Source: snapview/tungstenite-rs@v0.30.0:src/error.rs:28
    // Source: snapview/tungstenite-rs@v0.30.0:src/protocol/mod.rs:297
    TransportRecord {
        failure: TransportFailure::Closed,
        connection: None,
        operation: Some(OperationAction::ReopenThenRetry),
    },
    // Source: snapview/tungstenite-rs@v0.30.0:src/error.rs:67
    // Source: RFC 6455 §3
    TransportRecord {
        failure: TransportFailure::Request,
        connection: Some(ConnectionAction::Stop),
        operation: None,
    },
    // Source: RFC 6455 §4.1
    // Source: snapview/tungstenite-rs@v0.30.0:src/handshake/client.rs:220
    TransportRecord {
        failure: TransportFailure::NotWebSocket,
        connection: Some(ConnectionAction::Stop),
        operation: None,
    },
    // Source: snapview/tungstenite-rs@v0.30.0:src/error.rs:58
    TransportRecord {
        failure: TransportFailure::Busy,
        connection: None,
        operation: Some(OperationAction::Retry),
    },
];

/// Each transport failure's description, in the order of `TRANSPORT_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static TRANSPORT_DESCRIPTIONS: [Text; 4] = [
    Text {
        en: r"The connection was already closed: the closing handshake had completed, or the app closed it, so reading or sending failed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"连接已经关闭：关闭握手已经完成，或应用自己关闭了连接，因此读取或发送失败。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"連線已經關閉：關閉交握已經完成，或應用程式自己關閉了連線，因此讀取或傳送失敗。",
    },
    Text {
        en: r"The handshake request could not be made: the URL is malformed or has an unsupported scheme, a header is not valid HTTP, or the WebSocket library was built without TLS support.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"无法发出握手请求：URL 格式错误或协议不受支持，某个请求头不是合法的 HTTP，或者 WebSocket 库编译时没有启用 TLS 支持。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"無法送出交握請求：URL 格式錯誤或協定不受支援，某個請求標頭不是有效的 HTTP，或 WebSocket 程式庫編譯時沒有啟用 TLS 支援。",
    },
    Text {
        en: r"The server answered, but not as a WebSocket endpoint that accepts this request: no upgrade, a wrong accept key, a refused subprotocol, or a response that is not valid HTTP.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务器有响应，但不是接受此请求的 WebSocket 端点：没有升级、接受密钥错误、子协议被拒绝，或响应不是合法的 HTTP。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器有回應，但不是接受此請求的 WebSocket 端點：沒有升級、接受金鑰錯誤、子協定被拒絕，或回應不是有效的 HTTP。",
    },
    Text {
        en: r"Back-pressure: the send buffer is full, or a non-blocking socket is not ready yet. The connection has not ended.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"背压：发送缓冲区已满，或非阻塞套接字尚未就绪。连接并没有结束。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"背壓：傳送緩衝區已滿，或非阻塞 socket 尚未就緒。連線並沒有結束。",
    },
];

/// Each transport failure's hint, in the order of `TRANSPORT_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static TRANSPORT_HINTS: [Text; 4] = [
    Text {
        en: r"Act on the Close frame that came before (or on your own close); this failure adds nothing to it. Send what failed once the session is open again.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请按之前收到的关闭帧（或你自己的关闭操作）处理；这次失败本身没有提供新的信息。会话重新打开后，再发送失败的内容。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請依照之前收到的關閉訊框（或你自己的關閉操作）處理；這次失敗本身沒有提供新的資訊。工作階段重新開啟後，再送出失敗的內容。",
    },
    Text {
        en: r"Fix the address or the headers the app passes, or enable the WebSocket library's TLS feature for wss:// URLs.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请修正应用传入的地址或请求头，或为 wss:// 地址启用 WebSocket 库的 TLS 特性。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請修正應用程式傳入的位址或請求標頭，或為 wss:// 位址啟用 WebSocket 程式庫的 TLS 功能。",
    },
    Text {
        en: r"Check the address (a proxy, a Wi-Fi sign-in page or an ordinary web server may have answered instead) and the subprotocol: LeanCloud IM speaks lc.protobuf2.3 or lc.proto2base64.3.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请检查地址（作出响应的可能是代理、Wi-Fi 认证页面或普通网页服务器）和子协议：LeanCloud 即时通讯使用 lc.protobuf2.3 或 lc.proto2base64.3。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請檢查位址（回應的可能是代理伺服器、Wi-Fi 登入頁面或一般網頁伺服器）和子協定：LeanCloud 即時通訊使用 lc.protobuf2.3 或 lc.proto2base64.3。",
    },
    Text {
        en: r"Flush (or wait until the socket is ready), then make the same call again; tungstenite hands the unsent message back in the error.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"请先 flush（或等到套接字就绪），再重复同一次调用；tungstenite 会在错误中交还未发送的消息。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"請先 flush（或等到 socket 就緒），再重複同一次呼叫；tungstenite 會在錯誤中交還未送出的訊息。",
    },
];

/// Each transport failure's end-user message, in the order of `TRANSPORT_RECORDS`.
#[cfg(feature = "alloc")]
pub(crate) static TRANSPORT_MESSAGES: [Text; 4] = [
    Text {
        en: r"The chat connection has closed.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天连接已关闭。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天連線已關閉。",
    },
    Text {
        en: r"Chat is unavailable because of a problem with the app. Please contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"由于应用出现问题，聊天功能无法使用。请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"由於應用程式發生問題，無法使用聊天功能。請聯絡應用程式的客服。",
    },
    Text {
        en: r"Chat couldn't reach its server. If you're on public Wi-Fi, sign in to it first; otherwise, contact the app's support team.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"聊天无法连接到服务器。如果你在使用公共 Wi-Fi，请先完成 Wi-Fi 的登录认证；否则请联系应用客服。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"聊天無法連上伺服器。如果你正在使用公共 Wi-Fi，請先完成 Wi-Fi 的登入驗證；否則請聯絡應用程式的客服。",
    },
    Text {
        en: r"Sending is taking longer than usual. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"发送比平时慢，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"傳送速度比平常慢，請稍後再試。",
    },
];

// The `unspecified` patch cause:
// Source: leancloud/js-realtime-sdk:src/im-client.js:332
// The `app` patch cause:
// Source: leancloud/docs:docs/sdk/im/guide/systemconv.mdx:469
// Source: leancloud/js-realtime-sdk:src/im-client.js:332
// The `unrecognized` patch cause:
// Source: leancloud/js-realtime-sdk:src/im-client.js:334
/// Each patch cause without a code's description, in the order of unspecified, app, unrecognized.
pub(crate) static PATCH_DESCRIPTIONS: [Text; 3] = [
    Text {
        en: r"The message was edited or recalled, with no cause given: usually an ordinary edit or recall by its sender.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"消息已被编辑或撤回，且未给出原因：通常是发送者自己正常编辑或撤回。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"訊息已被編輯或收回，且未提供原因：通常是傳送者自行編輯或收回。",
    },
    Text {
        en: r"One of the app's Cloud Engine hooks changed the message; the number is a cause code the hook chose.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用的云引擎 Hook 修改了这条消息；这个数字是 Hook 自定义的原因代码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式的雲引擎 Hook 修改了這則訊息；這個數字是 Hook 自訂的原因代碼。",
    },
    Text {
        en: r"The server changed the message for a reason this crate does not know: the cause is below −65535, outside the range of the server's codes.",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端修改了这条消息，原因本库无法识别：原因代码小于 −65535，超出了服务端错误码的范围。",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器修改了這則訊息，原因本程式庫無法辨識：原因代碼小於 −65535，超出了伺服器錯誤碼的範圍。",
    },
];

/// The words an error's `Display` writes around what came with it.
pub(crate) static LABELS: Labels = Labels {
    unknown: Text {
        en: r"<unknown>",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"<未知>",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"<未知>",
    },
    server: Text {
        en: r"server",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"服务端",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"伺服器",
    },
    local: Text {
        en: r"local",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"本地",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"本機",
    },
    reason: Text {
        en: r"reason",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"原因",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"原因",
    },
    detail: Text {
        en: r"detail",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"详情",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"詳細資訊",
    },
    app_code: Text {
        en: r"app code",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用错误码",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式錯誤碼",
    },
    app_message: Text {
        en: r"app message",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"应用说明",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"應用程式說明",
    },
    retry_after: Text {
        en: r"retry after",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"重试前等待",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"重試前等待",
    },
    code: Text {
        en: r"code",
        #[cfg(feature = "zh-hans")]
        zh_hans: r"错误码",
        #[cfg(feature = "zh-hant")]
        zh_hant: r"錯誤碼",
    },
};
// Numeric lookup: the slot of a number holds the code that hashes there, the answer for
// a miss and for a hit (indexed by the comparison, so no branch or select decides it)
// and the index of the code's record.
pub(crate) const CODE_MULTIPLIER: u32 = 0xc701_5613;
pub(crate) const CODE_BITS: u32 = 8;
pub(crate) static CODE_SLOTS: [CodeSlot; 256] = [
    CodeSlot { code: 0, answers: [None, Some(KnownCode::NoCode)], record: 0 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9100, answers: [None, Some(KnownCode::SdkConversationNotFound)], record: 91 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1015, answers: [None, Some(KnownCode::TlsHandshake)], record: 23 },
    CodeSlot { code: 1006, answers: [None, Some(KnownCode::AbnormalClosure)], record: 14 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9001, answers: [None, Some(KnownCode::ConnectionLost)], record: 87 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4406, answers: [None, Some(KnownCode::MessageEditDisabled)], record: 76 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4114, answers: [None, Some(KnownCode::UnparseableRawMessage)], record: 40 },
    CodeSlot { code: 4105, answers: [None, Some(KnownCode::SessionRequired)], record: 31 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 3000, answers: [None, Some(KnownCode::Unauthorized)], record: 24 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4325, answers: [None, Some(KnownCode::ConversationMemberInfoFeatureDisabled)], record: 70 },
    CodeSlot { code: 4316, answers: [None, Some(KnownCode::TransientConversationRequired)], record: 62 },
    CodeSlot { code: 4307, answers: [None, Some(KnownCode::ConversationReadOnly)], record: 53 },
    CodeSlot { code: 4563, answers: [None, Some(KnownCode::Silienced)], record: 84 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1010, answers: [None, Some(KnownCode::MandatoryExt)], record: 18 },
    CodeSlot { code: 1001, answers: [None, Some(KnownCode::GoingAway)], record: 9 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4401, answers: [None, Some(KnownCode::InvalidMessagingTarget)], record: 71 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4109, answers: [None, Some(KnownCode::FrameTooLong)], record: 35 },
    CodeSlot { code: 4100, answers: [None, Some(KnownCode::AppNotAvailable)], record: 27 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9975, answers: [None, Some(KnownCode::MalformedData)], record: 99 },
    CodeSlot { code: 4320, answers: [None, Some(KnownCode::ConversationOperationUnauthorized)], record: 65 },
    CodeSlot { code: 4311, answers: [None, Some(KnownCode::ConversationLogFailed)], record: 57 },
    CodeSlot { code: 4302, answers: [None, Some(KnownCode::ConversationSignatureFailed)], record: 48 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1014, answers: [None, Some(KnownCode::BadGateway)], record: 22 },
    CodeSlot { code: 1005, answers: [None, Some(KnownCode::NoStatusRcvd)], record: 13 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9000, answers: [None, Some(KnownCode::CommandTimeout)], record: 86 },
    CodeSlot::EMPTY,
    CodeSlot { code: 120, answers: [None, Some(KnownCode::CacheMiss)], record: 5 },
    CodeSlot { code: 4405, answers: [None, Some(KnownCode::MessageUpdateRejectedByApp)], record: 75 },
    CodeSlot { code: 102, answers: [None, Some(KnownCode::InvalidQuery)], record: 3 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4113, answers: [None, Some(KnownCode::AppQuotaExceeded)], record: 39 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 3008, answers: [None, Some(KnownCode::WebSocketTimeout)], record: 26 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4324, answers: [None, Some(KnownCode::ConversationNeedOwner)], record: 69 },
    CodeSlot { code: 4315, answers: [None, Some(KnownCode::ConversationTemporaryBlacklisted)], record: 61 },
    CodeSlot { code: 4306, answers: [None, Some(KnownCode::ConversationUpdateFailed)], record: 52 },
    CodeSlot { code: 9130, answers: [None, Some(KnownCode::AppleOwnerPromotionNotAllowed)], record: 94 },
    CodeSlot { code: 9121, answers: [None, Some(KnownCode::UpdatingMessageNotSent)], record: 93 },
    CodeSlot { code: 4544, answers: [None, Some(KnownCode::BlacklistFeatureDisabled)], record: 80 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1009, answers: [None, Some(KnownCode::MessageTooBig)], record: 17 },
    CodeSlot { code: 1000, answers: [None, Some(KnownCode::NormalClosure)], record: 8 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 124, answers: [None, Some(KnownCode::GeneralTimeout)], record: 6 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4117, answers: [None, Some(KnownCode::UnbindInstallationFailed)], record: 43 },
    CodeSlot { code: 4108, answers: [None, Some(KnownCode::LoginTimeout)], record: 34 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 3003, answers: [None, Some(KnownCode::Forbidden)], record: 25 },
    CodeSlot::EMPTY,
    CodeSlot { code: 9974, answers: [None, Some(KnownCode::InvalidType)], record: 98 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4310, answers: [None, Some(KnownCode::ConversationQueryFailed)], record: 56 },
    CodeSlot { code: 4301, answers: [None, Some(KnownCode::ConversationApiFailed)], record: 47 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4548, answers: [None, Some(KnownCode::BlockedByConv)], record: 82 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1013, answers: [None, Some(KnownCode::TryAgainLater)], record: 21 },
    CodeSlot { code: 1004, answers: [None, Some(KnownCode::Reserved)], record: 12 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9008, answers: [None, Some(KnownCode::CommandDataLengthTooLong)], record: 90 },
    CodeSlot::EMPTY,
    CodeSlot { code: 119, answers: [None, Some(KnownCode::OperationForbidden)], record: 4 },
    CodeSlot { code: 4404, answers: [None, Some(KnownCode::MessageNotFound)], record: 74 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4112, answers: [None, Some(KnownCode::SessionTokenExpired)], record: 38 },
    CodeSlot { code: 4103, answers: [None, Some(KnownCode::InvalidLogin)], record: 30 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4323, answers: [None, Some(KnownCode::TemporaryConversationExpired)], record: 68 },
    CodeSlot { code: 4314, answers: [None, Some(KnownCode::NormalConversationRequired)], record: 60 },
    CodeSlot { code: 4305, answers: [None, Some(KnownCode::ConversationRejectedByApp)], record: 51 },
    CodeSlot { code: 4561, answers: [None, Some(KnownCode::SiliencedMemberListFull)], record: 83 },
    CodeSlot { code: 9120, answers: [None, Some(KnownCode::UpdatingMessageNotAllowed)], record: 92 },
    CodeSlot { code: 4543, answers: [None, Some(KnownCode::BlacklistFull)], record: 79 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1008, answers: [None, Some(KnownCode::PolicyViolation)], record: 16 },
    CodeSlot { code: 999, answers: [None, Some(KnownCode::GeneralUnknown)], record: 7 },
    CodeSlot::EMPTY,
    CodeSlot { code: 9304, answers: [None, Some(KnownCode::InvalidParameter)], record: 96 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9003, answers: [None, Some(KnownCode::CommandInvalid)], record: 89 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4408, answers: [None, Some(KnownCode::MessageModifiedByCensorship)], record: 78 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4116, answers: [None, Some(KnownCode::MessageSentQuotaExceeded)], record: 42 },
    CodeSlot { code: 4107, answers: [None, Some(KnownCode::ReadTimeout)], record: 33 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9973, answers: [None, Some(KnownCode::NotFound)], record: 97 },
    CodeSlot { code: 4318, answers: [None, Some(KnownCode::ConversationApiQuotaExceeded)], record: 64 },
    CodeSlot { code: 4309, answers: [None, Some(KnownCode::ConversationUpdateRejected)], record: 55 },
    CodeSlot { code: 4300, answers: [None, Some(KnownCode::ConversationInternalError)], record: 46 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1012, answers: [None, Some(KnownCode::ServiceRestart)], record: 20 },
    CodeSlot { code: 1003, answers: [None, Some(KnownCode::UnsupportedData)], record: 11 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4201, answers: [None, Some(KnownCode::SendMessageTimeout)], record: 45 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4403, answers: [None, Some(KnownCode::MessageOwnershipRequired)], record: 73 },
    CodeSlot { code: 100, answers: [None, Some(KnownCode::ConnectionFailed)], record: 2 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4111, answers: [None, Some(KnownCode::SessionConflict)], record: 37 },
    CodeSlot { code: 4102, answers: [None, Some(KnownCode::SignatureFailed)], record: 29 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9977, answers: [None, Some(KnownCode::UnderlyingError)], record: 101 },
    CodeSlot { code: 4322, answers: [None, Some(KnownCode::ConversationMemberInRoleFull)], record: 67 },
    CodeSlot { code: 4313, answers: [None, Some(KnownCode::SystemConversationRequired)], record: 59 },
    CodeSlot { code: 4304, answers: [None, Some(KnownCode::ConversationFull)], record: 50 },
    CodeSlot { code: 1, answers: [None, Some(KnownCode::InternalServerError)], record: 1 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1007, answers: [None, Some(KnownCode::InvalidFramePayloadData)], record: 15 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9303, answers: [None, Some(KnownCode::InvalidState)], record: 95 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9002, answers: [None, Some(KnownCode::ClientNotOpen)], record: 88 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4407, answers: [None, Some(KnownCode::MessageRecallDisabled)], record: 77 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4115, answers: [None, Some(KnownCode::KickedByApp)], record: 41 },
    CodeSlot { code: 4106, answers: [None, Some(KnownCode::Blacklisted)], record: 32 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 5130, answers: [None, Some(KnownCode::JsOwnerPromotionNotAllowed)], record: 85 },
    CodeSlot { code: 4317, answers: [None, Some(KnownCode::ConversationMembershipRequired)], record: 63 },
    CodeSlot { code: 4308, answers: [None, Some(KnownCode::ConversationNotAllowed)], record: 54 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4546, answers: [None, Some(KnownCode::BlacklistSignatureFailed)], record: 81 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 1011, answers: [None, Some(KnownCode::WebSocketInternalError)], record: 19 },
    CodeSlot { code: 1002, answers: [None, Some(KnownCode::ProtocolError)], record: 10 },
    CodeSlot::EMPTY,
    CodeSlot { code: 4200, answers: [None, Some(KnownCode::ImInternalError)], record: 44 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4402, answers: [None, Some(KnownCode::MessageRejectedByApp)], record: 72 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 4110, answers: [None, Some(KnownCode::InvalidOrigin)], record: 36 },
    CodeSlot { code: 4101, answers: [None, Some(KnownCode::DuplicatedLogin)], record: 28 },
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot::EMPTY,
    CodeSlot { code: 9976, answers: [None, Some(KnownCode::Inconsistency)], record: 100 },
    CodeSlot { code: 4321, answers: [None, Some(KnownCode::UnknownConversationRole)], record: 66 },
    CodeSlot { code: 4312, answers: [None, Some(KnownCode::ConversationLogRejected)], record: 58 },
    CodeSlot { code: 4303, answers: [None, Some(KnownCode::ImConversationNotFound)], record: 49 },
];

// Name lookup: the slot of a name's hash holds its index in `NAME_KEYS`.
pub(crate) const NAME_MULTIPLIER: u64 = 0x43a5_95b8_b24b_3e71;
pub(crate) const NAME_BITS: u32 = 10;
pub(crate) const NAME_HASH_FULL: bool = false;
pub(crate) const NAME_MIN_LEN: usize = 4;
pub(crate) const NAME_MAX_LEN: usize = 41;
pub(crate) static NAME_SLOTS: [u8; 1024] = [
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 8, 255, 255, 17, 255, 113, 255, 255, 255, 255, 255, 255, 255, 82, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 77, 255, 80, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 100, 255, 255, 255, 85, 67, 255, 255, 105, 255, 255, 255, 44, 255, 255,
    255, 66, 255, 255, 255, 255, 255, 255, 47, 255, 255, 255, 255, 255, 255, 26,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 37, 255, 255, 255, 255,
    18, 255, 255, 255, 255, 255, 255, 255, 255, 91, 255, 9, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 2, 89, 255, 45, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 21, 255, 255, 255, 255, 255, 255, 255, 90, 255, 1, 255, 255, 255,
    255, 255, 255, 255, 255, 76, 255, 255, 255, 255, 255, 255, 83, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 98, 255, 255, 255, 255, 93, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 56, 95, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 114, 255, 255, 255, 255, 255, 255, 34, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 101,
    255, 19, 102, 255, 112, 255, 255, 255, 255, 255, 86, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 109, 27, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 28, 255, 255, 255, 62, 255, 255,
    61, 255, 255, 255, 255, 36, 255, 255, 255, 255, 255, 20, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 96, 255, 255, 81, 255, 255, 255, 255,
    255, 255, 255, 49, 255, 46, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 65, 255, 255, 255, 255, 68, 255, 255, 255,
    30, 255, 255, 255, 255, 255, 53, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 48, 255, 255, 64, 94, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 99, 255, 255, 255, 42, 255,
    255, 79, 255, 255, 255, 255, 255, 255, 255, 255, 255, 116, 255, 255, 255, 84,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 4, 255, 255, 40, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 63, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 33, 255, 78, 255, 255, 255, 255, 255, 255, 255, 255, 255, 70,
    255, 255, 255, 255, 255, 255, 255, 255, 59, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 103,
    255, 255, 255, 255, 255, 69, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    75, 255, 255, 255, 255, 255, 73, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 72, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 50, 255, 255, 255, 255,
    255, 7, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 51, 255, 255, 255, 22, 255, 255, 107, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 35, 255, 110, 88, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 41, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 58, 255, 24, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 111, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 54, 255, 255, 255, 255, 255, 255, 108, 12, 255, 255, 255, 255,
    255, 87, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 5, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 104, 255, 255, 255, 255, 115, 52,
    255, 255, 255, 60, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 55, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 11, 255, 255, 255, 57, 255, 255, 255, 255, 6, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 97, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    15, 255, 255, 255, 255, 255, 255, 255, 3, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 74, 43, 0, 255, 255, 255,
    255, 255, 255, 255, 32, 255, 13, 255, 255, 255, 255, 255, 255, 255, 25, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 39, 255, 255, 255, 29, 255, 255, 255,
    255, 255, 255, 255, 23, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 16, 255, 255, 255, 255, 255, 10, 255, 106, 255, 255, 255, 255, 255,
    31, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 71, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 38, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 14, 255, 255, 92, 255, 255, 255, 255, 255, 255, 255, 255, 255,
];

/// Every name and alias, with the codes it names (two where two codes share a name).
pub(crate) static NAME_KEYS: [NameKey; 117] = [
    NameKey {
        text: "ABNORMAL_CLOSURE",
        first: 0x4c41_4d52_4f4e_4241,
        last: 0x4552_5553_4f4c_435f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6c61_6d72_6f6e_6261,
        last_lower: 0x6572_7573_6f6c_635f,
        codes: &[KnownCode::AbnormalClosure],
    },
    NameKey {
        text: "APP_NOT_AVAILABLE",
        first: 0x5f54_4f4e_5f50_5041,
        last: 0x454c_4241_4c49_4156,
        first_letters: 0x0020_2020_0020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f74_6f6e_5f70_7061,
        last_lower: 0x656c_6261_6c69_6176,
        codes: &[KnownCode::AppNotAvailable],
    },
    NameKey {
        text: "APP_QUOTA_EXCEEDED",
        first: 0x544f_5551_5f50_5041,
        last: 0x4445_4445_4543_5845,
        first_letters: 0x2020_2020_0020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x746f_7571_5f70_7061,
        last_lower: 0x6465_6465_6563_7865,
        codes: &[KnownCode::AppQuotaExceeded],
    },
    NameKey {
        text: "BAD_GATEWAY",
        first: 0x4554_4147_5f44_4142,
        last: 0x5941_5745_5441_475f,
        first_letters: 0x2020_2020_0020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6574_6167_5f64_6162,
        last_lower: 0x7961_7765_7461_675f,
        codes: &[KnownCode::BadGateway],
    },
    NameKey {
        text: "BLACKLISTED",
        first: 0x5349_4c4b_4341_4c42,
        last: 0x4445_5453_494c_4b43,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x7369_6c6b_6361_6c62,
        last_lower: 0x6465_7473_696c_6b63,
        codes: &[KnownCode::Blacklisted],
    },
    NameKey {
        text: "BLACKLIST_FEATURE_DISABLED",
        first: 0x5349_4c4b_4341_4c42,
        last: 0x4445_4c42_4153_4944,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x7369_6c6b_6361_6c62,
        last_lower: 0x6465_6c62_6173_6964,
        codes: &[KnownCode::BlacklistFeatureDisabled],
    },
    NameKey {
        text: "BLACKLIST_FULL",
        first: 0x5349_4c4b_4341_4c42,
        last: 0x4c4c_5546_5f54_5349,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x7369_6c6b_6361_6c62,
        last_lower: 0x6c6c_7566_5f74_7369,
        codes: &[KnownCode::BlacklistFull],
    },
    NameKey {
        text: "BLACKLIST_SIGNATURE_FAILED",
        first: 0x5349_4c4b_4341_4c42,
        last: 0x4445_4c49_4146_5f45,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x7369_6c6b_6361_6c62,
        last_lower: 0x6465_6c69_6166_5f65,
        codes: &[KnownCode::BlacklistSignatureFailed],
    },
    NameKey {
        text: "BLOCKED_BY_CONV",
        first: 0x5f44_454b_434f_4c42,
        last: 0x564e_4f43_5f59_425f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2000,
        first_lower: 0x5f64_656b_636f_6c62,
        last_lower: 0x766e_6f63_5f79_625f,
        codes: &[KnownCode::BlockedByConv],
    },
    NameKey {
        text: "CACHE_MISS",
        first: 0x494d_5f45_4843_4143,
        last: 0x5353_494d_5f45_4843,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x696d_5f65_6863_6163,
        last_lower: 0x7373_696d_5f65_6863,
        codes: &[KnownCode::CacheMiss],
    },
    NameKey {
        text: "CLIENT_NOT_OPEN",
        first: 0x4e5f_544e_4549_4c43,
        last: 0x4e45_504f_5f54_4f4e,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6e5f_746e_6569_6c63,
        last_lower: 0x6e65_706f_5f74_6f6e,
        codes: &[KnownCode::ClientNotOpen],
    },
    NameKey {
        text: "CLOSED_NO_STATUS",
        first: 0x4e5f_4445_534f_4c43,
        last: 0x5355_5441_5453_5f4f,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6e5f_6465_736f_6c63,
        last_lower: 0x7375_7461_7473_5f6f,
        codes: &[KnownCode::NoStatusRcvd],
    },
    NameKey {
        text: "CLOSE_ABNORMAL",
        first: 0x4241_5f45_534f_4c43,
        last: 0x4c41_4d52_4f4e_4241,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6261_5f65_736f_6c63,
        last_lower: 0x6c61_6d72_6f6e_6261,
        codes: &[KnownCode::AbnormalClosure],
    },
    NameKey {
        text: "CLOSE_BAD_GATEWAY",
        first: 0x4142_5f45_534f_4c43,
        last: 0x5941_5745_5441_475f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6162_5f65_736f_6c63,
        last_lower: 0x7961_7765_7461_675f,
        codes: &[KnownCode::BadGateway],
    },
    NameKey {
        text: "CLOSE_GOING_AWAY",
        first: 0x4f47_5f45_534f_4c43,
        last: 0x5941_5741_5f47_4e49,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6f67_5f65_736f_6c63,
        last_lower: 0x7961_7761_5f67_6e69,
        codes: &[KnownCode::GoingAway],
    },
    NameKey {
        text: "CLOSE_MANDATORY_EXTENSION",
        first: 0x414d_5f45_534f_4c43,
        last: 0x4e4f_4953_4e45_5458,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x616d_5f65_736f_6c63,
        last_lower: 0x6e6f_6973_6e65_7478,
        codes: &[KnownCode::MandatoryExt],
    },
    NameKey {
        text: "CLOSE_NORMAL",
        first: 0x4f4e_5f45_534f_4c43,
        last: 0x4c41_4d52_4f4e_5f45,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6f6e_5f65_736f_6c63,
        last_lower: 0x6c61_6d72_6f6e_5f65,
        codes: &[KnownCode::NormalClosure],
    },
    NameKey {
        text: "CLOSE_NO_STATUS",
        first: 0x4f4e_5f45_534f_4c43,
        last: 0x5355_5441_5453_5f4f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6f6e_5f65_736f_6c63,
        last_lower: 0x7375_7461_7473_5f6f,
        codes: &[KnownCode::NoStatusRcvd],
    },
    NameKey {
        text: "CLOSE_POLICY_VIOLATION",
        first: 0x4f50_5f45_534f_4c43,
        last: 0x4e4f_4954_414c_4f49,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6f70_5f65_736f_6c63,
        last_lower: 0x6e6f_6974_616c_6f69,
        codes: &[KnownCode::PolicyViolation],
    },
    NameKey {
        text: "CLOSE_PROTOCOL_ERROR",
        first: 0x5250_5f45_534f_4c43,
        last: 0x524f_5252_455f_4c4f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x7270_5f65_736f_6c63,
        last_lower: 0x726f_7272_655f_6c6f,
        codes: &[KnownCode::ProtocolError],
    },
    NameKey {
        text: "CLOSE_SERVER_ERROR",
        first: 0x4553_5f45_534f_4c43,
        last: 0x524f_5252_455f_5245,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6573_5f65_736f_6c63,
        last_lower: 0x726f_7272_655f_7265,
        codes: &[KnownCode::WebSocketInternalError],
    },
    NameKey {
        text: "CLOSE_SERVICE_RESTART",
        first: 0x4553_5f45_534f_4c43,
        last: 0x5452_4154_5345_525f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6573_5f65_736f_6c63,
        last_lower: 0x7472_6174_7365_725f,
        codes: &[KnownCode::ServiceRestart],
    },
    NameKey {
        text: "CLOSE_TLS_FAIL",
        first: 0x4c54_5f45_534f_4c43,
        last: 0x4c49_4146_5f53_4c54,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6c74_5f65_736f_6c63,
        last_lower: 0x6c69_6166_5f73_6c74,
        codes: &[KnownCode::TlsHandshake],
    },
    NameKey {
        text: "CLOSE_TOO_LARGE",
        first: 0x4f54_5f45_534f_4c43,
        last: 0x4547_5241_4c5f_4f4f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6f74_5f65_736f_6c63,
        last_lower: 0x6567_7261_6c5f_6f6f,
        codes: &[KnownCode::MessageTooBig],
    },
    NameKey {
        text: "CLOSE_TRY_AGAIN_LATER",
        first: 0x5254_5f45_534f_4c43,
        last: 0x5245_5441_4c5f_4e49,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x7274_5f65_736f_6c63,
        last_lower: 0x7265_7461_6c5f_6e69,
        codes: &[KnownCode::TryAgainLater],
    },
    NameKey {
        text: "CLOSE_UNSUPPORTED",
        first: 0x4e55_5f45_534f_4c43,
        last: 0x4445_5452_4f50_5055,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6e75_5f65_736f_6c63,
        last_lower: 0x6465_7472_6f70_7075,
        codes: &[KnownCode::UnsupportedData],
    },
    NameKey {
        text: "CLOSE_UNSUPPORTED_PAYLOAD",
        first: 0x4e55_5f45_534f_4c43,
        last: 0x4441_4f4c_5941_505f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6e75_5f65_736f_6c63,
        last_lower: 0x6461_6f6c_7961_705f,
        codes: &[KnownCode::InvalidFramePayloadData],
    },
    NameKey {
        text: "COMMAND_DATA_LENGTH_TOO_LONG",
        first: 0x5f44_4e41_4d4d_4f43,
        last: 0x474e_4f4c_5f4f_4f54,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x5f64_6e61_6d6d_6f63,
        last_lower: 0x676e_6f6c_5f6f_6f74,
        codes: &[KnownCode::CommandDataLengthTooLong],
    },
    NameKey {
        text: "COMMAND_INVALID",
        first: 0x5f44_4e41_4d4d_4f43,
        last: 0x4449_4c41_564e_495f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x5f64_6e61_6d6d_6f63,
        last_lower: 0x6469_6c61_766e_695f,
        codes: &[KnownCode::CommandInvalid],
    },
    NameKey {
        text: "COMMAND_TIMEOUT",
        first: 0x5f44_4e41_4d4d_4f43,
        last: 0x5455_4f45_4d49_545f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x5f64_6e61_6d6d_6f63,
        last_lower: 0x7475_6f65_6d69_745f,
        codes: &[KnownCode::CommandTimeout],
    },
    NameKey {
        text: "CONNECTION_FAILED",
        first: 0x4954_4345_4e4e_4f43,
        last: 0x4445_4c49_4146_5f4e,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6974_6365_6e6e_6f63,
        last_lower: 0x6465_6c69_6166_5f6e,
        codes: &[KnownCode::ConnectionFailed],
    },
    NameKey {
        text: "CONNECTION_LOST",
        first: 0x4954_4345_4e4e_4f43,
        last: 0x5453_4f4c_5f4e_4f49,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6974_6365_6e6e_6f63,
        last_lower: 0x7473_6f6c_5f6e_6f69,
        codes: &[KnownCode::ConnectionLost],
    },
    NameKey {
        text: "CONVERSATION_API_FAILED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c49_4146_5f49,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c69_6166_5f69,
        codes: &[KnownCode::ConversationApiFailed],
    },
    NameKey {
        text: "CONVERSATION_API_QUOTA_EXCEEDED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4445_4543_5845,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6465_6563_7865,
        codes: &[KnownCode::ConversationApiQuotaExceeded],
    },
    NameKey {
        text: "CONVERSATION_BLACKLISTED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5453_494c_4b43,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7473_696c_6b63,
        codes: &[KnownCode::ConversationTemporaryBlacklisted],
    },
    NameKey {
        text: "CONVERSATION_FULL",
        first: 0x4153_5245_564e_4f43,
        last: 0x4c4c_5546_5f4e_4f49,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6c6c_7566_5f6e_6f69,
        codes: &[KnownCode::ConversationFull],
    },
    NameKey {
        text: "CONVERSATION_INTERNAL_ERROR",
        first: 0x4153_5245_564e_4f43,
        last: 0x524f_5252_455f_4c41,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x726f_7272_655f_6c61,
        codes: &[KnownCode::ConversationInternalError],
    },
    NameKey {
        text: "CONVERSATION_LOG_FAILED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c49_4146_5f47,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c69_6166_5f67,
        codes: &[KnownCode::ConversationLogFailed],
    },
    NameKey {
        text: "CONVERSATION_LOG_REJECTED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5443_454a_4552,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7463_656a_6572,
        codes: &[KnownCode::ConversationLogRejected],
    },
    NameKey {
        text: "CONVERSATION_MEMBERSHIP_REQUIRED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::ConversationMembershipRequired],
    },
    NameKey {
        text: "CONVERSATION_MEMBER_INFO_FEATURE_DISABLED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c42_4153_4944,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c62_6173_6964,
        codes: &[KnownCode::ConversationMemberInfoFeatureDisabled],
    },
    NameKey {
        text: "CONVERSATION_MEMBER_IN_ROLE_FULL",
        first: 0x4153_5245_564e_4f43,
        last: 0x4c4c_5546_5f45_4c4f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6c6c_7566_5f65_6c6f,
        codes: &[KnownCode::ConversationMemberInRoleFull],
    },
    NameKey {
        text: "CONVERSATION_NEED_OWNER",
        first: 0x4153_5245_564e_4f43,
        last: 0x5245_4e57_4f5f_4445,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x7265_6e77_6f5f_6465,
        codes: &[KnownCode::ConversationNeedOwner],
    },
    NameKey {
        text: "CONVERSATION_NOT_ALLOWED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_574f_4c4c_415f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_776f_6c6c_615f,
        codes: &[KnownCode::ConversationNotAllowed],
    },
    NameKey {
        text: "CONVERSATION_NOT_FOUND",
        first: 0x4153_5245_564e_4f43,
        last: 0x444e_554f_465f_544f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x646e_756f_665f_746f,
        codes: &[KnownCode::ImConversationNotFound, KnownCode::SdkConversationNotFound],
    },
    NameKey {
        text: "CONVERSATION_OPERATION_UNAUTHORIZED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5a49_524f_4854,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7a69_726f_6874,
        codes: &[KnownCode::ConversationOperationUnauthorized],
    },
    NameKey {
        text: "CONVERSATION_QUERY_FAILED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c49_4146_5f59,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c69_6166_5f79,
        codes: &[KnownCode::ConversationQueryFailed],
    },
    NameKey {
        text: "CONVERSATION_READ_ONLY",
        first: 0x4153_5245_564e_4f43,
        last: 0x594c_4e4f_5f44_4145,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x796c_6e6f_5f64_6165,
        codes: &[KnownCode::ConversationReadOnly],
    },
    NameKey {
        text: "CONVERSATION_REJECTED_BY_APP",
        first: 0x4153_5245_564e_4f43,
        last: 0x5050_415f_5942_5f44,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x7070_615f_7962_5f64,
        codes: &[KnownCode::ConversationRejectedByApp],
    },
    NameKey {
        text: "CONVERSATION_SIGNATURE_FAILED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c49_4146_5f45,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c69_6166_5f65,
        codes: &[KnownCode::ConversationSignatureFailed],
    },
    NameKey {
        text: "CONVERSATION_TEMPORARY_BLACKLISTED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5453_494c_4b43,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7473_696c_6b63,
        codes: &[KnownCode::ConversationTemporaryBlacklisted],
    },
    NameKey {
        text: "CONVERSATION_UPDATE_FAILED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_4c49_4146_5f45,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_6c69_6166_5f65,
        codes: &[KnownCode::ConversationUpdateFailed],
    },
    NameKey {
        text: "CONVERSATION_UPDATE_REJECTED",
        first: 0x4153_5245_564e_4f43,
        last: 0x4445_5443_454a_4552,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6173_7265_766e_6f63,
        last_lower: 0x6465_7463_656a_6572,
        codes: &[KnownCode::ConversationUpdateRejected],
    },
    NameKey {
        text: "DUPLICATED_LOGIN",
        first: 0x5441_4349_4c50_5544,
        last: 0x4e49_474f_4c5f_4445,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x7461_6369_6c70_7564,
        last_lower: 0x6e69_676f_6c5f_6465,
        codes: &[KnownCode::DuplicatedLogin],
    },
    NameKey {
        text: "FORBIDDEN",
        first: 0x4544_4449_4252_4f46,
        last: 0x4e45_4444_4942_524f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6564_6469_6272_6f66,
        last_lower: 0x6e65_6464_6962_726f,
        codes: &[KnownCode::Forbidden],
    },
    NameKey {
        text: "FRAME_TOO_LONG",
        first: 0x4f54_5f45_4d41_5246,
        last: 0x474e_4f4c_5f4f_4f54,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6f74_5f65_6d61_7266,
        last_lower: 0x676e_6f6c_5f6f_6f74,
        codes: &[KnownCode::FrameTooLong],
    },
    NameKey {
        text: "GOING_AWAY",
        first: 0x5741_5f47_4e49_4f47,
        last: 0x5941_5741_5f47_4e49,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x7761_5f67_6e69_6f67,
        last_lower: 0x7961_7761_5f67_6e69,
        codes: &[KnownCode::GoingAway],
    },
    NameKey {
        text: "INCONSISTENCY",
        first: 0x5349_534e_4f43_4e49,
        last: 0x5943_4e45_5453_4953,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x7369_736e_6f63_6e69,
        last_lower: 0x7963_6e65_7473_6973,
        codes: &[KnownCode::Inconsistency],
    },
    NameKey {
        text: "INTERNAL_ERROR",
        first: 0x4c41_4e52_4554_4e49,
        last: 0x524f_5252_455f_4c41,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6c61_6e72_6574_6e69,
        last_lower: 0x726f_7272_655f_6c61,
        codes: &[KnownCode::WebSocketInternalError, KnownCode::ImInternalError],
    },
    NameKey {
        text: "INTERNAL_SERVER_ERROR",
        first: 0x4c41_4e52_4554_4e49,
        last: 0x524f_5252_455f_5245,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6c61_6e72_6574_6e69,
        last_lower: 0x726f_7272_655f_7265,
        codes: &[KnownCode::InternalServerError],
    },
    NameKey {
        text: "INVALID_COMMAND",
        first: 0x5f44_494c_4156_4e49,
        last: 0x444e_414d_4d4f_435f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x646e_616d_6d6f_635f,
        codes: &[KnownCode::CommandInvalid],
    },
    NameKey {
        text: "INVALID_FRAME_PAYLOAD_DATA",
        first: 0x5f44_494c_4156_4e49,
        last: 0x4154_4144_5f44_414f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x6174_6164_5f64_616f,
        codes: &[KnownCode::InvalidFramePayloadData],
    },
    NameKey {
        text: "INVALID_LOGIN",
        first: 0x5f44_494c_4156_4e49,
        last: 0x4e49_474f_4c5f_4449,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x6e69_676f_6c5f_6469,
        codes: &[KnownCode::InvalidLogin],
    },
    NameKey {
        text: "INVALID_MESSAGING_TARGET",
        first: 0x5f44_494c_4156_4e49,
        last: 0x5445_4752_4154_5f47,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x7465_6772_6174_5f67,
        codes: &[KnownCode::InvalidMessagingTarget],
    },
    NameKey {
        text: "INVALID_ORIGIN",
        first: 0x5f44_494c_4156_4e49,
        last: 0x4e49_4749_524f_5f44,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x6e69_6769_726f_5f64,
        codes: &[KnownCode::InvalidOrigin],
    },
    NameKey {
        text: "INVALID_PARAMETER",
        first: 0x5f44_494c_4156_4e49,
        last: 0x5245_5445_4d41_5241,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x7265_7465_6d61_7261,
        codes: &[KnownCode::InvalidParameter],
    },
    NameKey {
        text: "INVALID_QUERY",
        first: 0x5f44_494c_4156_4e49,
        last: 0x5952_4555_515f_4449,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x7972_6575_715f_6469,
        codes: &[KnownCode::InvalidQuery],
    },
    NameKey {
        text: "INVALID_STATE",
        first: 0x5f44_494c_4156_4e49,
        last: 0x4554_4154_535f_4449,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x6574_6174_735f_6469,
        codes: &[KnownCode::InvalidState],
    },
    NameKey {
        text: "INVALID_TYPE",
        first: 0x5f44_494c_4156_4e49,
        last: 0x4550_5954_5f44_494c,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x5f64_696c_6176_6e69,
        last_lower: 0x6570_7974_5f64_696c,
        codes: &[KnownCode::InvalidType],
    },
    NameKey {
        text: "KICKED_BY_APP",
        first: 0x425f_4445_4b43_494b,
        last: 0x5050_415f_5942_5f44,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2000_2020_0020,
        first_lower: 0x625f_6465_6b63_696b,
        last_lower: 0x7070_615f_7962_5f64,
        codes: &[KnownCode::KickedByApp],
    },
    NameKey {
        text: "LOGIN_TIMEOUT",
        first: 0x4954_5f4e_4947_4f4c,
        last: 0x5455_4f45_4d49_545f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6974_5f6e_6967_6f6c,
        last_lower: 0x7475_6f65_6d69_745f,
        codes: &[KnownCode::LoginTimeout],
    },
    NameKey {
        text: "MALFORMED_DATA",
        first: 0x454d_524f_464c_414d,
        last: 0x4154_4144_5f44_454d,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x656d_726f_666c_616d,
        last_lower: 0x6174_6164_5f64_656d,
        codes: &[KnownCode::MalformedData],
    },
    NameKey {
        text: "MANDATORY_EXT",
        first: 0x524f_5441_444e_414d,
        last: 0x5458_455f_5952_4f54,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_2020,
        first_lower: 0x726f_7461_646e_616d,
        last_lower: 0x7478_655f_7972_6f74,
        codes: &[KnownCode::MandatoryExt],
    },
    NameKey {
        text: "MESSAGE_EDIT_DISABLED",
        first: 0x5f45_4741_5353_454d,
        last: 0x4445_4c42_4153_4944,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x6465_6c62_6173_6964,
        codes: &[KnownCode::MessageEditDisabled],
    },
    NameKey {
        text: "MESSAGE_MODIFIED_BY_CENSORSHIP",
        first: 0x5f45_4741_5353_454d,
        last: 0x5049_4853_524f_534e,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x7069_6873_726f_736e,
        codes: &[KnownCode::MessageModifiedByCensorship],
    },
    NameKey {
        text: "MESSAGE_NOT_FOUND",
        first: 0x5f45_4741_5353_454d,
        last: 0x444e_554f_465f_544f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x646e_756f_665f_746f,
        codes: &[KnownCode::MessageNotFound],
    },
    NameKey {
        text: "MESSAGE_OWNERSHIP_REQUIRED",
        first: 0x5f45_4741_5353_454d,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::MessageOwnershipRequired],
    },
    NameKey {
        text: "MESSAGE_RECALL_DISABLED",
        first: 0x5f45_4741_5353_454d,
        last: 0x4445_4c42_4153_4944,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x6465_6c62_6173_6964,
        codes: &[KnownCode::MessageRecallDisabled],
    },
    NameKey {
        text: "MESSAGE_REJECTED_BY_APP",
        first: 0x5f45_4741_5353_454d,
        last: 0x5050_415f_5942_5f44,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_0020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x7070_615f_7962_5f64,
        codes: &[KnownCode::MessageRejectedByApp],
    },
    NameKey {
        text: "MESSAGE_SENT_QUOTA_EXCEEDED",
        first: 0x5f45_4741_5353_454d,
        last: 0x4445_4445_4543_5845,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x6465_6465_6563_7865,
        codes: &[KnownCode::MessageSentQuotaExceeded],
    },
    NameKey {
        text: "MESSAGE_TOO_BIG",
        first: 0x5f45_4741_5353_454d,
        last: 0x4749_425f_4f4f_545f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_2000,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x6769_625f_6f6f_745f,
        codes: &[KnownCode::MessageTooBig],
    },
    NameKey {
        text: "MESSAGE_UPDATE_REJECTED_BY_APP",
        first: 0x5f45_4741_5353_454d,
        last: 0x5050_415f_5942_5f44,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_0020,
        first_lower: 0x5f65_6761_7373_656d,
        last_lower: 0x7070_615f_7962_5f64,
        codes: &[KnownCode::MessageUpdateRejectedByApp],
    },
    NameKey {
        text: "NONE",
        first: 0x0000_0000_454e_4f4e,
        last: 0x0000_0000_454e_4f4e,
        first_letters: 0x0000_0000_2020_2020,
        last_letters: 0x0000_0000_2020_2020,
        first_lower: 0x0000_0000_656e_6f6e,
        last_lower: 0x0000_0000_656e_6f6e,
        codes: &[KnownCode::NoCode],
    },
    NameKey {
        text: "NORMAL_CLOSURE",
        first: 0x435f_4c41_4d52_4f4e,
        last: 0x4552_5553_4f4c_435f,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x635f_6c61_6d72_6f6e,
        last_lower: 0x6572_7573_6f6c_635f,
        codes: &[KnownCode::NormalClosure],
    },
    NameKey {
        text: "NORMAL_CONVERSATION_REQUIRED",
        first: 0x435f_4c41_4d52_4f4e,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x635f_6c61_6d72_6f6e,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::NormalConversationRequired],
    },
    NameKey {
        text: "NOT_FOUND",
        first: 0x4e55_4f46_5f54_4f4e,
        last: 0x444e_554f_465f_544f,
        first_letters: 0x2020_2020_0020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6e75_6f66_5f74_6f6e,
        last_lower: 0x646e_756f_665f_746f,
        codes: &[KnownCode::NotFound],
    },
    NameKey {
        text: "NO_STATUS_RCVD",
        first: 0x5554_4154_535f_4f4e,
        last: 0x4456_4352_5f53_5554,
        first_letters: 0x2020_2020_2000_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x7574_6174_735f_6f6e,
        last_lower: 0x6476_6372_5f73_7574,
        codes: &[KnownCode::NoStatusRcvd],
    },
    NameKey {
        text: "OPERATION_FORBIDDEN",
        first: 0x4f49_5441_5245_504f,
        last: 0x4e45_4444_4942_524f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6f69_7461_7265_706f,
        last_lower: 0x6e65_6464_6962_726f,
        codes: &[KnownCode::OperationForbidden],
    },
    NameKey {
        text: "OWNER_PROMOTION_NOT_ALLOWED",
        first: 0x5250_5f52_454e_574f,
        last: 0x4445_574f_4c4c_415f,
        first_letters: 0x2020_0020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x7270_5f72_656e_776f,
        last_lower: 0x6465_776f_6c6c_615f,
        codes: &[KnownCode::JsOwnerPromotionNotAllowed, KnownCode::AppleOwnerPromotionNotAllowed],
    },
    NameKey {
        text: "POLICY_VIOLATION",
        first: 0x565f_5943_494c_4f50,
        last: 0x4e4f_4954_414c_4f49,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x765f_7963_696c_6f70,
        last_lower: 0x6e6f_6974_616c_6f69,
        codes: &[KnownCode::PolicyViolation],
    },
    NameKey {
        text: "PROTOCOL_ERROR",
        first: 0x4c4f_434f_544f_5250,
        last: 0x524f_5252_455f_4c4f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6c6f_636f_746f_7270,
        last_lower: 0x726f_7272_655f_6c6f,
        codes: &[KnownCode::ProtocolError],
    },
    NameKey {
        text: "READ_TIMEOUT",
        first: 0x4d49_545f_4441_4552,
        last: 0x5455_4f45_4d49_545f,
        first_letters: 0x2020_2000_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6d69_745f_6461_6572,
        last_lower: 0x7475_6f65_6d69_745f,
        codes: &[KnownCode::ReadTimeout],
    },
    NameKey {
        text: "RESERVED",
        first: 0x4445_5652_4553_4552,
        last: 0x4445_5652_4553_4552,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6465_7672_6573_6572,
        last_lower: 0x6465_7672_6573_6572,
        codes: &[KnownCode::Reserved],
    },
    NameKey {
        text: "SEND_MESSAGE_TIMEOUT",
        first: 0x5345_4d5f_444e_4553,
        last: 0x5455_4f45_4d49_545f,
        first_letters: 0x2020_2000_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x7365_6d5f_646e_6573,
        last_lower: 0x7475_6f65_6d69_745f,
        codes: &[KnownCode::SendMessageTimeout],
    },
    NameKey {
        text: "SERVICE_RESTART",
        first: 0x5f45_4349_5652_4553,
        last: 0x5452_4154_5345_525f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x5f65_6369_7672_6573,
        last_lower: 0x7472_6174_7365_725f,
        codes: &[KnownCode::ServiceRestart],
    },
    NameKey {
        text: "SESSION_CONFLICT",
        first: 0x5f4e_4f49_5353_4553,
        last: 0x5443_494c_464e_4f43,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f6e_6f69_7373_6573,
        last_lower: 0x7463_696c_666e_6f63,
        codes: &[KnownCode::SessionConflict],
    },
    NameKey {
        text: "SESSION_REQUIRED",
        first: 0x5f4e_4f49_5353_4553,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x5f6e_6f69_7373_6573,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::SessionRequired],
    },
    NameKey {
        text: "SESSION_TOKEN_EXPIRED",
        first: 0x5f4e_4f49_5353_4553,
        last: 0x4445_5249_5058_455f,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x5f6e_6f69_7373_6573,
        last_lower: 0x6465_7269_7078_655f,
        codes: &[KnownCode::SessionTokenExpired],
    },
    NameKey {
        text: "SIGNATURE_FAILED",
        first: 0x5255_5441_4e47_4953,
        last: 0x4445_4c49_4146_5f45,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x7275_7461_6e67_6973,
        last_lower: 0x6465_6c69_6166_5f65,
        codes: &[KnownCode::SignatureFailed],
    },
    NameKey {
        text: "SILIENCED",
        first: 0x4543_4e45_494c_4953,
        last: 0x4445_434e_4549_4c49,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6563_6e65_696c_6973,
        last_lower: 0x6465_636e_6569_6c69,
        codes: &[KnownCode::Silienced],
    },
    NameKey {
        text: "SILIENCED_MEMBER_LIST_FULL",
        first: 0x4543_4e45_494c_4953,
        last: 0x4c4c_5546_5f54_5349,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x6563_6e65_696c_6973,
        last_lower: 0x6c6c_7566_5f74_7369,
        codes: &[KnownCode::SiliencedMemberListFull],
    },
    NameKey {
        text: "SYSTEM_CONVERSATION_REQUIRED",
        first: 0x435f_4d45_5453_5953,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x635f_6d65_7473_7973,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::SystemConversationRequired],
    },
    NameKey {
        text: "TEMPORARY_CONVERSATION_EXPIRED",
        first: 0x5241_524f_504d_4554,
        last: 0x4445_5249_5058_455f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x7261_726f_706d_6574,
        last_lower: 0x6465_7269_7078_655f,
        codes: &[KnownCode::TemporaryConversationExpired],
    },
    NameKey {
        text: "TIMEOUT",
        first: 0x0054_554f_454d_4954,
        last: 0x0054_554f_454d_4954,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x0020_2020_2020_2020,
        first_lower: 0x0074_756f_656d_6974,
        last_lower: 0x0074_756f_656d_6974,
        codes: &[KnownCode::GeneralTimeout, KnownCode::WebSocketTimeout],
    },
    NameKey {
        text: "TLS_HANDSHAKE",
        first: 0x444e_4148_5f53_4c54,
        last: 0x454b_4148_5344_4e41,
        first_letters: 0x2020_2020_0020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x646e_6168_5f73_6c74,
        last_lower: 0x656b_6168_7364_6e61,
        codes: &[KnownCode::TlsHandshake],
    },
    NameKey {
        text: "TRANSIENT_CONVERSATION_REQUIRED",
        first: 0x4e45_4953_4e41_5254,
        last: 0x4445_5249_5551_4552,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x6e65_6973_6e61_7274,
        last_lower: 0x6465_7269_7571_6572,
        codes: &[KnownCode::TransientConversationRequired],
    },
    NameKey {
        text: "TRY_AGAIN_LATER",
        first: 0x4941_4741_5f59_5254,
        last: 0x5245_5441_4c5f_4e49,
        first_letters: 0x2020_2020_0020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6961_6761_5f79_7274,
        last_lower: 0x7265_7461_6c5f_6e69,
        codes: &[KnownCode::TryAgainLater],
    },
    NameKey {
        text: "UNAUTHORIZED",
        first: 0x524f_4854_5541_4e55,
        last: 0x4445_5a49_524f_4854,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2020,
        first_lower: 0x726f_6874_7561_6e75,
        last_lower: 0x6465_7a69_726f_6874,
        codes: &[KnownCode::Unauthorized],
    },
    NameKey {
        text: "UNBIND_INSTALLATION_FAILED",
        first: 0x495f_444e_4942_4e55,
        last: 0x4445_4c49_4146_5f4e,
        first_letters: 0x2000_2020_2020_2020,
        last_letters: 0x2020_2020_2020_0020,
        first_lower: 0x695f_646e_6962_6e75,
        last_lower: 0x6465_6c69_6166_5f6e,
        codes: &[KnownCode::UnbindInstallationFailed],
    },
    NameKey {
        text: "UNDERLYING_ERROR",
        first: 0x4959_4c52_4544_4e55,
        last: 0x524f_5252_455f_474e,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2000_2020,
        first_lower: 0x6979_6c72_6564_6e75,
        last_lower: 0x726f_7272_655f_676e,
        codes: &[KnownCode::UnderlyingError],
    },
    NameKey {
        text: "UNKNOWN",
        first: 0x004e_574f_4e4b_4e55,
        last: 0x004e_574f_4e4b_4e55,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x0020_2020_2020_2020,
        first_lower: 0x006e_776f_6e6b_6e75,
        last_lower: 0x006e_776f_6e6b_6e75,
        codes: &[KnownCode::GeneralUnknown],
    },
    NameKey {
        text: "UNKNOWN_CONVERSATION_ROLE",
        first: 0x5f4e_574f_4e4b_4e55,
        last: 0x454c_4f52_5f4e_4f49,
        first_letters: 0x0020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x5f6e_776f_6e6b_6e75,
        last_lower: 0x656c_6f72_5f6e_6f69,
        codes: &[KnownCode::UnknownConversationRole],
    },
    NameKey {
        text: "UNPARSEABLE_RAW_MESSAGE",
        first: 0x4145_5352_4150_4e55,
        last: 0x4547_4153_5345_4d5f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x6165_7372_6170_6e75,
        last_lower: 0x6567_6173_7365_6d5f,
        codes: &[KnownCode::UnparseableRawMessage],
    },
    NameKey {
        text: "UNPARSEABLE_RAW_MSG",
        first: 0x4145_5352_4150_4e55,
        last: 0x4753_4d5f_5741_525f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2000_2020_2000,
        first_lower: 0x6165_7372_6170_6e75,
        last_lower: 0x6773_6d5f_7761_725f,
        codes: &[KnownCode::UnparseableRawMessage],
    },
    NameKey {
        text: "UNSUPPORTED_DATA",
        first: 0x524f_5050_5553_4e55,
        last: 0x4154_4144_5f44_4554,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x726f_7070_7573_6e75,
        last_lower: 0x6174_6164_5f64_6574,
        codes: &[KnownCode::UnsupportedData],
    },
    NameKey {
        text: "UPDATING_MESSAGE_NOT_ALLOWED",
        first: 0x474e_4954_4144_5055,
        last: 0x4445_574f_4c4c_415f,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_2020_2000,
        first_lower: 0x676e_6974_6164_7075,
        last_lower: 0x6465_776f_6c6c_615f,
        codes: &[KnownCode::UpdatingMessageNotAllowed],
    },
    NameKey {
        text: "UPDATING_MESSAGE_NOT_SENT",
        first: 0x474e_4954_4144_5055,
        last: 0x544e_4553_5f54_4f4e,
        first_letters: 0x2020_2020_2020_2020,
        last_letters: 0x2020_2020_0020_2020,
        first_lower: 0x676e_6974_6164_7075,
        last_lower: 0x746e_6573_5f74_6f6e,
        codes: &[KnownCode::UpdatingMessageNotSent],
    },
];
