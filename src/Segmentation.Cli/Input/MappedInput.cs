using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Segmentation.Cli.Input;

/// <summary>
/// A read-only memory map of the input file, so the fast path parses the page cache in place
/// instead of copying the file into fresh memory: on the measured machine, touching a megabyte of
/// new memory cost about a millisecond, as much as parsing it. The map is offered only when the
/// file's last page has at least <see cref="Utf8TransactionReader.Padding"/> bytes after the
/// content: those read as zeros, which the id keys rely on.
/// </summary>
/// <remarks>
/// A file truncated by another process while it is mapped makes the reads fault (SIGBUS on
/// Unix); docs/cli.md asks not to rewrite an input while the tool reads it.
/// </remarks>
internal sealed unsafe class MappedInput : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedInput(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        _file = file;
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>Maps <paramref name="length"/> bytes of the file, or returns null when a map would not leave the padding readable.</summary>
    public static MappedInput? TryMap(FileStream stream, int length)
    {
        var tail = length % Environment.SystemPageSize;
        if (length == 0 || tail == 0 || Environment.SystemPageSize - tail < Utf8TransactionReader.Padding)
        {
            return null;
        }

        var file = MemoryMappedFile.CreateFromFile(stream, null, length, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedInput(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Gets the content and the <see cref="Utf8TransactionReader.Padding"/> zero bytes after it.</summary>
    public override Span<byte> GetSpan() => new(_pointer, _length + Utf8TransactionReader.Padding);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
