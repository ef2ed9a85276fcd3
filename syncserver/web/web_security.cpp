#include "web/web_security.h"

#include "nok/crypto/crypto.h"

#include <sodium.h>

namespace nok::web {

namespace {

std::string hex(const unsigned char* data, std::size_t size) {
    return crypto::toHex(data, size);
}

} // namespace

CsrfGuard::CsrfGuard() : m_key(crypto_auth_KEYBYTES) {
    (void)crypto::init();
    randombytes_buf(m_key.data(), m_key.size());
}

std::string CsrfGuard::issue() const {
    unsigned char nonce[16];
    randombytes_buf(nonce, sizeof nonce);
    const std::string nonceHex = hex(nonce, sizeof nonce);
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char*>(nonceHex.data()), nonceHex.size(),
                m_key.data());
    return nonceHex + "." + hex(mac, sizeof mac);
}

bool CsrfGuard::check(const std::string& cookieToken, const std::string& formToken) const {
    if (cookieToken.empty() || cookieToken.size() != formToken.size()) return false;
    if (sodium_memcmp(cookieToken.data(), formToken.data(), cookieToken.size()) != 0) return false;
    const auto dot = cookieToken.find('.');
    if (dot != 32 || cookieToken.size() != 33 + 2 * crypto_auth_BYTES) return false;
    const std::string nonceHex = cookieToken.substr(0, dot);
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char*>(nonceHex.data()), nonceHex.size(),
                m_key.data());
    const std::string expected = hex(mac, sizeof mac);
    return sodium_memcmp(expected.data(), cookieToken.data() + dot + 1, expected.size()) == 0;
}

bool RateLimiter::allow(const std::string& address, std::int64_t now) {
    std::lock_guard lock(m_mutex);
    if (m_windows.size() > 10000) { // forget finished windows so memory stays bounded
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = now - it->second.start >= m_window ? m_windows.erase(it) : std::next(it);
    }
    Window& w = m_windows[address];
    if (now - w.start >= m_window) w = Window{now, 0};
    if (w.count >= m_limit) return false;
    ++w.count;
    return true;
}

std::string SessionStore::create(const CouncilUser& user, std::int64_t now) {
    (void)crypto::init();
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    std::string id = hex(raw, sizeof raw);
    std::lock_guard lock(m_mutex);
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->second.expires <= now ? m_sessions.erase(it) : std::next(it);
    m_sessions[id] = Session{user, now + m_ttl};
    return id;
}

std::optional<CouncilUser> SessionStore::find(const std::string& id, std::int64_t now) {
    std::lock_guard lock(m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end()) return std::nullopt;
    if (it->second.expires <= now) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return it->second.user;
}

void SessionStore::remove(const std::string& id) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(id);
}

} // namespace nok::web
