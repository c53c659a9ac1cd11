using System.Runtime.InteropServices;

namespace Segmentation.Cli.Output;

/// <summary>
/// Passes writes to a file and, on Linux, asks the kernel every few megabytes to start writing
/// the bytes so far to disk (<c>sync_file_range</c>, which does not wait): the disk then works
/// while the rest is produced, and the closing <c>fsync</c>, which still makes the file durable,
/// has little left to do. Elsewhere, or if the call is unavailable, it is a plain pass-through.
/// </summary>
internal sealed class WritebackStream(FileStream file) : Stream
{
    private const long Interval = 4 << 20;
    private const uint SyncFileRangeWrite = 2;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    private long _position;
    private long _started;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        _position += buffer.Length;
        if (_position - _started >= Interval)
        {
            StartWriteback();
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void StartWriteback()
    {
        if (s_unavailable)
        {
            return;
        }

        file.Flush();
        try
        {
            // A hint only: a failure changes nothing, the final fsync is what makes the file durable.
            _ = SyncFileRange((int)file.SafeFileHandle.DangerousGetHandle(), _started, _position - _started, SyncFileRangeWrite);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }

        _started = _position;
    }

    // DllImport, not LibraryImport: the signature is blittable and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "sync_file_range")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SyncFileRange(int fd, long offset, long count, uint flags);
}
