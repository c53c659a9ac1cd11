using Segmentation.Cli.Output;

namespace Segmentation.Cli.Input;

/// <summary>
/// Checks an input path before a reader opens it, so a folder, a dangling or looping link and a
/// file the user may not read each end with a one-line message (exit 2) instead of an internal error.
/// </summary>
internal static class InputFiles
{
    /// <summary>Resolves <paramref name="input"/> and returns its full path when it names a readable file (a regular file, pipe or device).</summary>
    /// <param name="environment">Resolves the path against the working folder.</param>
    /// <param name="input">The path as given on the command line.</param>
    /// <param name="option">The option that gave the path (<c>--suppress</c>), which then starts every message; <see langword="null"/> for the transactions argument and the other inputs.</param>
    /// <exception cref="UsageException">The path is a folder, does not exist, is a link that loops or dangles, or cannot be read.</exception>
    public static string Existing(CliEnvironment environment, string input, string? option = null)
    {
        var path = environment.Resolve(input);
        var file = option is null ? $"The input file '{input}'" : $"{option}: the file '{input}'";
        if (Directory.Exists(path))
        {
            throw new UsageException(option is null
                ? $"The input '{input}' is a folder, not a file; give the path of a file in it."
                : $"{option}: '{input}' is a folder, not a file; give the path of a file in it.");
        }

        if (BrokenLink(file, path) is { } broken)
        {
            throw new UsageException(broken);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{file} does not exist (looked in {Path.GetDirectoryName(path)}).");
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
            throw new UsageException($"{file} cannot be read: permission denied. Give read permission to the user running segment, or copy the file.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{file} cannot be opened: {ex.Message}");
        }

        return path;
    }

    // File.Exists is true for a link whatever it points to, so links are followed here first.
    private static string? BrokenLink(string file, string path)
    {
        if (new FileInfo(path).LinkTarget is not { } target)
        {
            return null;
        }

        // A link the system can follow is whole, even when its target has no name: the pipe of
        // <(zcat orders.csv.gz) is /dev/fd/63 -> pipe:[1234] (statx follows links; Linux only).
        if (OperatingSystem.IsLinux() && FileKinds.Of(path) is FileKind.Regular or FileKind.Special)
        {
            return null;
        }

        try
        {
            var final = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return final is null || final.Exists || Directory.Exists(final.FullName)
                ? null
                : $"{file} is a link to '{final.FullName}', which does not exist.";
        }
        catch (IOException)
        {
            return $"{file} is a symbolic link that loops (it leads back to itself through '{target}'); point it at a file.";
        }
    }
}
