namespace Segmentation.Cli.Output;

/// <summary>What an output path names once links are followed; decides how it is written.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a dangling link): a new regular file.</summary>
    Missing,

    /// <summary>A regular file: replaced atomically.</summary>
    Regular,

    /// <summary>A directory: an error.</summary>
    Directory,

    /// <summary>A device, FIFO or socket (or a link to one): written in place.</summary>
    Special,
}
