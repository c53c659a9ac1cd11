namespace Segmentation.Cli.Output;

/// <summary>
/// Writes one output path by what it names: a regular file (or a new one) atomically through a
/// temporary sibling; a device, FIFO or socket, or a link to one (<c>/dev/null</c>,
/// <c>/dev/stdout</c>, a named pipe), in place, since renaming over it would replace the device or
/// link with a regular file; a link to a regular file replaces the file it points to and keeps the link.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, bool createDirectories, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        switch (FileKinds.Of(full))
        {
            case FileKind.Directory:
                throw new OutputException($"'{path}' is a folder; give a file name.");
            case FileKind.Special:
                WriteInPlace(full, write);
                return;
            case FileKind.Regular:
                AtomicFile.Write(FinalTarget(full), write);
                return;
            default:
                var directory = Path.GetDirectoryName(FinalTarget(full))!;
                if (!Directory.Exists(directory))
                {
                    if (!createDirectories)
                    {
                        throw new OutputException($"The folder of '{path}' does not exist ({directory}); create it, or pass --create-dirs.");
                    }

                    Directory.CreateDirectory(directory);
                }

                AtomicFile.Write(FinalTarget(full), write);
                return;
        }
    }

    private static void WriteInPlace(string path, Action<Stream> write)
    {
        // Open, not truncate: a device or pipe has no length, and opening a FIFO waits for its reader.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        write(stream);
        stream.Flush();
    }

    // A link (or a dangling one) is followed, so the file it names is replaced and the link stays.
    private static string FinalTarget(string path)
    {
        var file = new FileInfo(path);
        return file.LinkTarget is null ? path : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }
}
