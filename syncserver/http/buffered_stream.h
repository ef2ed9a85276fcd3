// The httplib::Stream a worker hands to httplib for one request: reads come from the request
// RequestReader already read whole, writes go to the socket (each waiting at most the write
// timeout). The remote address it reports is the client's as resolved through the trusted
// proxies (client_address.h), so req.remote_addr means the client everywhere behind it.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>

namespace nok::server::http {

class BufferedStream : public httplib::Stream {
  public:
    BufferedStream(int socket, std::string request, std::string clientAddress, int clientPort,
                   std::chrono::milliseconds writeTimeout)
        : m_socket(socket), m_request(std::move(request)), m_client(std::move(clientAddress)),
          m_clientPort(clientPort), m_writeTimeout(writeTimeout) {}

    bool is_readable() const override { return m_read < m_request.size(); }
    bool is_writable() const override { return true; } // write() waits for the socket itself
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    // httplib only compares this with FD_SETSIZE (its select() limit); nothing here selects on
    // the socket, so a connection numbered past 1024 must not be refused for it.
    socket_t socket() const override { return -1; }

  private:
    int m_socket;
    std::string m_request;
    std::size_t m_read = 0;
    std::string m_client;
    int m_clientPort;
    std::chrono::milliseconds m_writeTimeout;
};

} // namespace nok::server::http
