// nok::crypto: encodings, UUIDs, signatures, sealed boxes and key files. Signatures and seals are
// what let a kiosk delete a response and the server trust it, so every rejection path is tested.
#include "nok/crypto/crypto.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

#include <sys/stat.h>
#include "test_program.h"

namespace tst_crypto {

using namespace nok::crypto;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string& path, const std::string& text, mode_t mode) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << text;
    }
    QCOMPARE(::chmod(path.c_str(), mode), 0);
}

mode_t fileMode(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return 0;
    return st.st_mode & 07777;
}

} // namespace

class TstCrypto : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(init()); }

    void base64RoundTrip() {
        for (std::size_t n = 0; n < 40; ++n) {
            const Bytes data = randomBytes(n);
            const std::string text = toBase64(data);
            QCOMPARE(text.size(), (n + 2) / 3 * 4);
            auto back = fromBase64(text);
            QVERIFY2(back.ok(), text.c_str());
            QVERIFY(*back == data);
        }
        QCOMPARE(toBase64(std::string_view("hello")), std::string("aGVsbG8="));
        auto hello = fromBase64("aGVsbG8=");
        QVERIFY(hello.ok());
        QCOMPARE(std::string(hello->begin(), hello->end()), std::string("hello"));
    }

    void base64RejectsInvalid_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("bad character") << "aGVs*G8=";
        QTest::newRow("missing padding") << "aGVsbG8";
        QTest::newRow("too much padding") << "aGVsbG==";
        QTest::newRow("url-safe alphabet") << "-_-_";
        QTest::newRow("embedded newline") << "aGVs\nbG8=";
        QTest::newRow("trailing space") << "aGVsbG8= ";
        QTest::newRow("padding in the middle") << "aG==bG8=";
        // "aGVsbG9=" decodes to "hello" too, with non-zero unused bits: a second spelling.
        QTest::newRow("non-canonical trailing bits") << "aGVsbG9=";
        QTest::newRow("non-canonical one byte") << "AB==";
        QTest::newRow("only padding") << "====";
        QTest::newRow("three padding characters") << "A===";
        QTest::newRow("padding first") << "=AAA";
        QTest::newRow("padding inside the last quad") << "aGVsbG=8";
        QTest::newRow("non-ASCII byte") << "aGV\xc3\xa9G8=";
    }

    // The decoder accepts exactly the canonical spellings: a string decodes if and only if
    // encoding its bytes gives the same string back. Every 4-character string over the alphabet,
    // '=' and a stray character is tried in its last quad, after a valid one.
    void base64AcceptsExactlyCanonicalText() {
        const std::string symbols =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-";
        std::size_t accepted = 0;
        std::string text = "aGVsbG8h....";
        for (char a : symbols)
            for (char b : symbols)
                for (char c : {'A', 'B', 'x', '=', '-', '/'})
                    for (char d : {'A', 'Q', 'g', '=', '*'}) {
                        text[8] = a, text[9] = b, text[10] = c, text[11] = d;
                        auto decoded = fromBase64(text);
                        const bool canonical = decoded.ok() && toBase64(*decoded) == text;
                        QVERIFY2(decoded.ok() == canonical, text.c_str());
                        accepted += decoded.ok();
                    }
        // Full quads: 64 * 64 * 4 * 3; "==" endings: 64 * 4 (b is A, Q, g or w: low four bits zero); "c="
        // endings: 64 * 64 * 1 (of A, B, x and /, only A has its low two bits zero).
        QCOMPARE(accepted, std::size_t(64 * 64 * 4 * 3 + 64 * 4 + 64 * 64));
    }
    void base64RejectsInvalid() {
        QFETCH(QString, text);
        auto result = fromBase64(text.toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("invalid_base64"));
    }

    void hexAndSha256() {
        const std::uint8_t bytes[] = {0x00, 0x0f, 0xa5, 0xff};
        QCOMPARE(toHex(bytes, 4), std::string("000fa5ff"));
        QCOMPARE(sha256Hex("abc"),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void uuidFormatAndUniqueness() {
        std::set<std::string> seen;
        for (int i = 0; i < 1000; ++i) {
            const std::string id = uuidV4();
            QVERIFY2(isUuidV4(id), id.c_str());
            QCOMPARE(id.size(), std::size_t(36));
            QCOMPARE(id[14], '4');
            QVERIFY(std::string("89ab").find(id[19]) != std::string::npos);
            QVERIFY(seen.insert(id).second);
        }
    }

    void isUuidV4RejectsOthers() {
        QVERIFY(isUuidV4("123e4567-e89b-42d3-a456-426614174000"));
        QVERIFY(!isUuidV4("123e4567-e89b-12d3-a456-426614174000")); // version 1
        QVERIFY(!isUuidV4("123e4567-e89b-42d3-c456-426614174000")); // wrong variant
        QVERIFY(!isUuidV4("123E4567-E89B-42D3-A456-426614174000")); // upper case
        QVERIFY(!isUuidV4("123e4567e89b42d3a456426614174000"));     // no hyphens
        QVERIFY(!isUuidV4("123e4567-e89b-42d3-a456-42661417400"));  // short
        QVERIFY(!isUuidV4("123e4567-e89b-42d3-a456-42661417400g")); // not hex
        QVERIFY(!isUuidV4(""));
    }

    void randomBytesDiffer() {
        QCOMPARE(randomBytes(32).size(), std::size_t(32));
        QVERIFY(randomBytes(32) != randomBytes(32));
        QVERIFY(randomBytes(0).empty());
    }

    void signVerifyRoundTrip() {
        const auto keys = generateSigningKeyPair();
        QCOMPARE(keys.publicKey.size(), kSignPublicKeySize);
        QCOMPARE(keys.secretKey.size(), kSignSecretKeySize);
        const std::string message = R"({"v":1,"answers":{"q1":"yes"}})";
        const Bytes sig = sign(keys.secretKey, message);
        QCOMPARE(sig.size(), kSignatureSize);
        QVERIFY(verify(keys.publicKey, message, sig));
    }

    void tamperedMessageRejected() {
        const auto keys = generateSigningKeyPair();
        const std::string message = R"({"v":1,"answers":{"q1":"yes"}})";
        const Bytes sig = sign(keys.secretKey, message);
        for (std::size_t i = 0; i < message.size(); ++i) {
            std::string tampered = message;
            tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
            QVERIFY2(!verify(keys.publicKey, tampered, sig), std::to_string(i).c_str());
        }
        QVERIFY(!verify(keys.publicKey, message + " ", sig));
    }

    void tamperedSignatureRejected() {
        const auto keys = generateSigningKeyPair();
        const std::string message = "payload";
        const Bytes sig = sign(keys.secretKey, message);
        for (std::size_t i = 0; i < sig.size(); ++i) {
            Bytes tampered = sig;
            tampered[i] ^= 0x80;
            QVERIFY2(!verify(keys.publicKey, message, tampered), std::to_string(i).c_str());
        }
    }

    void wrongPublicKeyRejected() {
        const auto keys = generateSigningKeyPair();
        const auto other = generateSigningKeyPair();
        const Bytes sig = sign(keys.secretKey, "payload");
        QVERIFY(verify(keys.publicKey, "payload", sig));
        QVERIFY(!verify(other.publicKey, "payload", sig));
    }

    void wrongSizesRejectedWithoutCrash() {
        const auto keys = generateSigningKeyPair();
        const Bytes sig = sign(keys.secretKey, "payload");
        Bytes shortKey(keys.publicKey.begin(), keys.publicKey.end() - 1);
        Bytes longKey = keys.publicKey;
        longKey.push_back(0);
        QVERIFY(!verify(shortKey, "payload", sig));
        QVERIFY(!verify(longKey, "payload", sig));
        QVERIFY(!verify({}, "payload", sig));
        Bytes shortSig(sig.begin(), sig.end() - 1);
        Bytes longSig = sig;
        longSig.push_back(0);
        QVERIFY(!verify(keys.publicKey, "payload", shortSig));
        QVERIFY(!verify(keys.publicKey, "payload", longSig));
        QVERIFY(!verify(keys.publicKey, "payload", {}));
        // A secret key of the wrong size yields no signature rather than reading past it.
        SecretBytes badSecret(32);
        QVERIFY(sign(badSecret, "payload").empty());
        QVERIFY(sign(SecretBytes{}, "payload").empty());
        // Seal: wrong-size recipient key and key pair.
        auto sealed = seal(Bytes(31), "x");
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, std::string("invalid_key"));
        SealingKeyPair broken{Bytes(31), SecretBytes(32)};
        auto opened = openSealed(broken, Bytes(100));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("invalid_key"));
    }

    void sealOpenRoundTrip() {
        const auto keys = generateSealingKeyPair();
        QCOMPARE(keys.publicKey.size(), kSealPublicKeySize);
        const std::string message = "sig||payload";
        auto box = seal(keys.publicKey, message);
        QVERIFY(box.ok());
        QCOMPARE(box->size(), message.size() + kSealOverhead);
        auto opened = openSealed(keys, *box);
        QVERIFY(opened.ok());
        QCOMPARE(std::string(opened->begin(), opened->end()), message);
        // Sealing is randomised: the same message never gives the same box twice.
        QVERIFY(*seal(keys.publicKey, message) != *box);
    }

    void openWithOtherKeyFails() {
        const auto keys = generateSealingKeyPair();
        const auto other = generateSealingKeyPair();
        auto box = seal(keys.publicKey, "secret answers");
        QVERIFY(box.ok());
        auto opened = openSealed(other, *box);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("seal_open_failed"));
    }

    void truncatedBoxFails() {
        const auto keys = generateSealingKeyPair();
        auto box = seal(keys.publicKey, "secret answers");
        QVERIFY(box.ok());
        for (std::size_t keep :
             {box->size() - 1, kSealOverhead, kSealOverhead - 1, std::size_t(0)}) {
            Bytes truncated(box->begin(), box->begin() + static_cast<std::ptrdiff_t>(keep));
            auto opened = openSealed(keys, truncated);
            QVERIFY2(!opened.ok(), std::to_string(keep).c_str());
            QCOMPARE(opened.error().code, std::string("seal_open_failed"));
        }
    }

    void secretBase64RoundTrip() {
        const auto keys = generateSigningKeyPair();
        const std::string text = secretToBase64(keys.secretKey);
        auto back = secretFromBase64(text, kSignSecretKeySize);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), kSignSecretKeySize);
        QVERIFY(std::equal(back->data(), back->data() + back->size(), keys.secretKey.data()));
        auto wrongSize = secretFromBase64(text, kSealSecretKeySize);
        QVERIFY(!wrongSize.ok());
        QCOMPARE(wrongSize.error().code, std::string("invalid_key"));
        QVERIFY(!secretFromBase64("not base64!", kSignSecretKeySize).ok());
    }

    void secretBytesMove() {
        SecretBytes a(16);
        a.data()[0] = 7;
        SecretBytes b(std::move(a));
        QVERIFY(a.empty());
        QCOMPARE(b.size(), std::size_t(16));
        QCOMPARE(int(b.data()[0]), 7);
        SecretBytes c;
        c = std::move(b);
        QVERIFY(b.empty());
        QCOMPARE(int(c.data()[0]), 7);
    }

    void signingKeyFileRoundTrip() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("device.key").toStdString();
        const auto keys = generateSigningKeyPair();
        auto saved = saveSigningKeyPair(path, keys);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().describe().c_str());
        QCOMPARE(fileMode(path), mode_t(0600));
        const std::string content = readFile(path);
        QCOMPARE(std::count(content.begin(), content.end(), '\n'), 1L);
        QCOMPARE(content.back(), '\n');
        auto loaded = loadSigningKeyPair(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().describe().c_str());
        QVERIFY(loaded->publicKey == keys.publicKey);
        // The loaded key must sign verifiably for the saved public key.
        QVERIFY(verify(keys.publicKey, "m", sign(loaded->secretKey, "m")));
        // Saving again replaces the file and leaves no temporary files behind.
        const auto next = generateSigningKeyPair();
        QVERIFY(saveSigningKeyPair(path, next).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"device.key"});
        QVERIFY(loadSigningKeyPair(path)->publicKey == next.publicKey);
    }

    void sealingKeyFileRoundTrip() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("server-seal.key").toStdString();
        const auto keys = generateSealingKeyPair();
        QVERIFY(saveSealingKeyPair(path, keys).ok());
        QCOMPARE(fileMode(path), mode_t(0600));
        auto loaded = loadSealingKeyPair(path);
        QVERIFY(loaded.ok());
        auto box = seal(keys.publicKey, "hello");
        QVERIFY(box.ok());
        QVERIFY(openSealed(*loaded, *box).ok());
        // A signing key file is not a sealing key file.
        auto wrongKind = loadSigningKeyPair(path);
        QVERIFY(!wrongKind.ok());
        QCOMPARE(wrongKind.error().field, path);
    }

    void keyFileReadableByOthersRefused() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("device.key").toStdString();
        QVERIFY(saveSigningKeyPair(path, generateSigningKeyPair()).ok());
        QCOMPARE(::chmod(path.c_str(), 0644), 0);
        auto loaded = loadSigningKeyPair(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, std::string("key_file_permissions"));
        QCOMPARE(loaded.error().field, path);
        QCOMPARE(::chmod(path.c_str(), 0640), 0);
        QCOMPARE(loadSigningKeyPair(path).error().code, std::string("key_file_permissions"));
        QCOMPARE(::chmod(path.c_str(), 0600), 0);
        QVERIFY(loadSigningKeyPair(path).ok());
    }

    void missingKeyFileNamesPath() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("absent.key").toStdString();
        auto loaded = loadSigningKeyPair(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, std::string("key_file_not_found"));
        QCOMPARE(loaded.error().field, path);
        QVERIFY(loaded.error().describe().find(path) != std::string::npos);
    }

    void corruptKeyFileNamesPath_data() {
        QTest::addColumn<QString>("content");
        QTest::newRow("empty") << "";
        QTest::newRow("not json") << "this is not a key\n";
        QTest::newRow("array") << "[1,2]\n";
        QTest::newRow("missing secret") << R"({"kind":"ed25519","public":"AAAA"})";
        QTest::newRow("bad base64") << R"({"kind":"ed25519","public":"!!!!","secret":"AAAA"})";
        QTest::newRow("short keys") << R"({"kind":"ed25519","public":"AAAA","secret":"AAAA"})";
        // (escaped, not a raw string: moc misreads a raw string ending in `)"` after a quote)
        QTest::newRow("truncated") << "{\"kind\":\"ed25519\",\"public\":\"AAA";
    }
    void corruptKeyFileNamesPath() {
        QFETCH(QString, content);
        QTemporaryDir dir;
        const std::string path = dir.filePath("device.key").toStdString();
        writeFile(path, content.toStdString(), 0600);
        auto loaded = loadSigningKeyPair(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, std::string("key_file_corrupt"));
        QCOMPARE(loaded.error().field, path);
    }

    void mismatchedKeyPairInFileRefused() {
        // A public key from one pair spliced with the secret key of another.
        QTemporaryDir dir;
        const std::string path = dir.filePath("device.key").toStdString();
        const auto a = generateSigningKeyPair();
        const auto b = generateSigningKeyPair();
        writeFile(path,
                  "{\"kind\":\"ed25519\",\"public\":\"" + toBase64(a.publicKey) +
                      "\",\"secret\":\"" + secretToBase64(b.secretKey) + "\"}\n",
                  0600);
        auto loaded = loadSigningKeyPair(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, std::string("key_file_corrupt"));
    }

    void saveIntoMissingDirectoryFails() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("no/such/dir/device.key").toStdString();
        auto saved = saveSigningKeyPair(path, generateSigningKeyPair());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, path);
    }
};

} // namespace tst_crypto

NOK_TEST_APPLESS_MAIN(tst_crypto, TstCrypto)
#include "tst_crypto.moc"
