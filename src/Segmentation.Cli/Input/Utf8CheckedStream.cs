using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Segmentation.Cli.Input;

/// <summary>
/// Passes bytes through and stops at the first byte that is not valid UTF-8, naming its line and
/// byte offset: decoding it would turn it into U+FFFD, so that Latin-1 ids such as <c>caf\xe9</c>
/// and <c>caf\xe8</c> would silently become one customer.
/// </summary>
internal sealed class Utf8CheckedStream(Stream inner, string name) : Stream
{
    private readonly byte[] _pending = new byte[4];
    private int _pendingCount;
    private long _offset;
    private long _lines = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _offset; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n], end: n == 0);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Check(ReadOnlySpan<byte> bytes, bool end)
    {
        // A sequence cut by the previous block's end is completed with this block's first bytes.
        if (_pendingCount > 0)
        {
            Span<byte> joined = stackalloc byte[8];
            _pending.AsSpan(0, _pendingCount).CopyTo(joined);
            var take = Math.Min(4 - _pendingCount, bytes.Length);
            bytes[..take].CopyTo(joined[_pendingCount..]);
            var status = Rune.DecodeFromUtf8(joined[..(_pendingCount + take)], out _, out var size);
            if (status == OperationStatus.NeedMoreData && !end && take < 4 - _pendingCount)
            {
                bytes[..take].CopyTo(_pending.AsSpan(_pendingCount));
                _pendingCount += take;
                _offset += take;
                return;
            }

            if (status != OperationStatus.Done)
            {
                throw Invalid(_offset - _pendingCount);
            }

            var completed = size - _pendingCount;
            _pendingCount = 0;
            _offset += completed;
            bytes = bytes[completed..];
        }

        var valid = bytes.Length;
        if (!Utf8.IsValid(bytes))
        {
            valid = -1;
            for (var k = 1; k <= 3 && k <= bytes.Length && !end; k++)
            {
                if (Rune.DecodeFromUtf8(bytes[^k..], out _, out _) == OperationStatus.NeedMoreData && Utf8.IsValid(bytes[..^k]))
                {
                    valid = bytes.Length - k;
                    bytes[valid..].CopyTo(_pending);
                    _pendingCount = k;
                    break;
                }
            }

            if (valid < 0)
            {
                Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
                _lines += bytes[..read].Count((byte)'\n');
                throw Invalid(_offset + read);
            }
        }

        _lines += bytes[..valid].Count((byte)'\n');
        _offset += bytes.Length;
    }

    private CsvInputException Invalid(long offset) =>
        new(
            name,
            _lines,
            string.Create(CultureInfo.InvariantCulture, $"the byte at offset {offset} is not valid UTF-8. If the file was exported in Latin-1 (ISO-8859-1), pass --encoding latin1; otherwise re-export it as UTF-8."));
}
