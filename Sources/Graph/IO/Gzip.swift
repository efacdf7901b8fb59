import CZlib

/// gzip (RFC 1952) compression of whole inputs and outputs, through the system zlib.
///
/// Every text format can be compressed: `X.graphml.gz`, `X.gml.gz`, `X.csv.gz`... The format
/// comes from the extension before `.gz`; an input is recognised as gzip by its first two
/// bytes (the magic `1f 8b`), so standard input and misnamed files work too. Outputs are
/// compressed at zlib's default level, with no file name and a zero time stamp in the header,
/// so the same dataset always gives the same bytes.
///
/// Reading inflates every member of a multi-member file (what `cat a.gz b.gz` makes), and
/// stops with a located error when the data is corrupt or truncated, or when the
/// decompressed size exceeds `limit` (a guard against decompression bombs: a few kilobytes
/// of gzip can expand to gigabytes).
public enum Gzip {
    /// The default cap on the decompressed size: 4 GiB.
    public static let defaultLimit = 4 << 30

    /// True when `bytes` start with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// True when `path` names a gzip file by its extension (`.gz`, any case).
    public static func isCompressedPath(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }

    /// `bytes` inflated when they are gzip, else unchanged.
    public static func decompressIfNeeded(_ bytes: [UInt8], file: String, limit: Int = defaultLimit) throws -> [UInt8] {
        isCompressed(bytes) ? try decompress(bytes, file: file, limit: limit) : bytes
    }

    /// Inflates gzip `bytes`. Errors name `file` and the compressed byte offset where
    /// inflating failed.
    public static func decompress(_ bytes: [UInt8], file: String, limit: Int = defaultLimit) throws -> [UInt8] {
        guard bytes.count <= Int(UInt32.max) else {
            throw failure(file, offset: 0, "gzip inputs over 4 GiB are not supported; decompress the file first")
        }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(bytes.count * 4, 1 << 16)))
        var stream = z_stream()
        // 15 + 16: a 32 KiB window, gzip header and trailer.
        guard twinning_inflate_init(&stream, 15 + 16) == Z_OK else {
            throw failure(file, offset: 0, "zlib cannot start inflating")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    throw failure(file, offset: Int(stream.total_in),
                                  "decompressed data exceeds the limit of \(limit) bytes (a damaged file or a decompression bomb?)")
                }
                output.append(contentsOf: chunk[0..<produced])
                let consumed = source.count - Int(stream.avail_in)
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    // Another member follows when input remains and starts with the magic.
                    guard stream.avail_in > 0 else { return }
                    let rest = Array(source[consumed...].prefix(2))
                    guard rest == [0x1F, 0x8B] else {
                        throw failure(file, offset: consumed, "expected the end of the gzip data or another gzip member, found other bytes")
                    }
                    inflateReset(&stream)
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw failure(file, offset: consumed, "expected more gzip data, found the end of the file (truncated?)")
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    throw failure(file, offset: consumed, "corrupt gzip data: \(reason)")
                }
            }
        }
        return output
    }

    /// Compresses `bytes` as one gzip member at zlib's default level.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard twinning_deflate_init(&stream, Z_DEFAULT_COMPRESSION, 15 + 16) == Z_OK else {
            preconditionFailure("zlib cannot start deflating (out of memory?)")
        }
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(Int(deflateBound(&stream, uLong(bytes.count))))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var status = Z_OK
            while status != Z_STREAM_END {
                status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return deflate(&stream, Z_FINISH)
                }
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib deflate failed: \(status)")
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
            }
        }
        return output
    }

    private static func failure(_ file: String, offset: Int, _ message: String) -> InputError {
        InputError(SourceLocation(file: file, element: "compressed byte \(offset)"), message)
    }
}
