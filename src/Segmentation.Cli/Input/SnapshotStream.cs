namespace Segmentation.Cli.Input;

/// <summary>
/// A regular file read as the snapshot it was when opened: never past the length it had then, an
/// error if it shrinks (<see cref="InputChangedException"/>), and when it grows while read (a file
/// still being appended), the partial row at the end of the snapshot is left out, so the rows read
/// are a consistent prefix of whole rows.
/// </summary>
internal sealed class SnapshotStream : Stream
{
    // The snapshot's last bytes are read in one piece, so a row cut by the snapshot's end can be
    // dropped before any of it is passed on; a row longer than this is reported instead.
    private const int TailBytes = 1 << 20;

    private readonly FileStream _inner;
    private readonly string _name;
    private readonly long _length;
    private byte[]? _tail;
    private int _tailStart;
    private int _tailEnd;
    private long _position;

    public SnapshotStream(FileStream inner, string name)
    {
        _inner = inner;
        _name = name;
        _position = inner.Position;
        _length = inner.Length;
    }

    /// <summary>Gets the number of bytes left out at the end because the file grew while it was read and they did not end a row.</summary>
    public long DroppedBytes { get; private set; }

    /// <summary>Gets the length of the snapshot (the file's length when it was opened).</summary>
    public long SnapshotLength => _length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_tail is null && _length - _position <= TailBytes)
        {
            ReadTail();
        }

        if (_tail is not null)
        {
            var n = Math.Min(buffer.Length, _tailEnd - _tailStart);
            _tail.AsSpan(_tailStart, n).CopyTo(buffer);
            _tailStart += n;
            _position += n;
            return n;
        }

        var read = _inner.Read(buffer[..(int)Math.Min(buffer.Length, _length - TailBytes - _position)]);
        if (read == 0)
        {
            throw new InputChangedException(_name, _length, _inner.Length);
        }

        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void ReadTail()
    {
        var size = (int)(_length - _position);
        _tail = new byte[size];
        var at = 0;
        while (at < size)
        {
            var n = _inner.Read(_tail, at, size - at);
            if (n == 0)
            {
                throw new InputChangedException(_name, _length, _inner.Length);
            }

            at += n;
        }

        var now = _inner.Length;
        if (now < _length)
        {
            throw new InputChangedException(_name, _length, now);
        }

        _tailEnd = Complete(_tail, now > _length);
        DroppedBytes = size - _tailEnd;
    }

    /// <summary>Where the snapshot's whole rows end: all of it, unless the file grew and the snapshot does not end with a newline.</summary>
    internal static int Complete(ReadOnlySpan<byte> tail, bool grew) =>
        !grew || tail.IsEmpty || tail[^1] == (byte)'\n' ? tail.Length : tail.LastIndexOf((byte)'\n') + 1;
}
