using Segmentation.Cli.Output;

namespace Segmentation.Cli.Input;

/// <summary>
/// Checks an input path before a reader opens it, so a folder, a dangling or looping link and a
/// file the user may not read each end with a one-line message (exit 2) instead of an internal error.
/// </summary>
internal static class InputFiles
{
    /// <summary>Resolves <paramref name="input"/> and returns its full path when it names a readable file (a regular file, pipe or device).</summary>
    /// <exception cref="UsageException">The path is a folder, does not exist, is a link that loops or dangles, or cannot be read.</exception>
    public static string Existing(CliEnvironment environment, string input)
    {
        var path = environment.Resolve(input);
        if (Directory.Exists(path))
        {
            throw new UsageException($"The input '{input}' is a folder, not a file; give the path of a file in it.");
        }

        if (BrokenLink(input, path) is { } broken)
        {
            throw new UsageException(broken);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"The input file '{input}' does not exist (looked in {Path.GetDirectoryName(path)}).");
        }

        // A FIFO or device is left to the reader: opening a FIFO blocks until a writer comes, and
        // it can be opened only once without losing what was written to it.
        if (FileKinds.Of(path) != FileKind.Regular)
        {
            return path;
        }

        try
        {
            // Opened and closed at once: permissions are only known by asking the system.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"The input file '{input}' cannot be read: permission denied. Give read permission to the user running segment, or copy the file.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"The input file '{input}' cannot be opened: {ex.Message}");
        }

        return path;
    }

    // File.Exists is true for a link whatever it points to, so links are followed here first.
    private static string? BrokenLink(string input, string path)
    {
        if (new FileInfo(path).LinkTarget is not { } target)
        {
            return null;
        }

        try
        {
            var final = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return final is null || final.Exists || Directory.Exists(final.FullName)
                ? null
                : $"The input file '{input}' is a link to '{final.FullName}', which does not exist.";
        }
        catch (IOException)
        {
            return $"The input file '{input}' is a symbolic link that loops (it leads back to itself through '{target}'); point it at a file.";
        }
    }
}
