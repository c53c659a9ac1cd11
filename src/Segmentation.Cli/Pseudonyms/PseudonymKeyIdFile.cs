using System.Text;
using Segmentation.Cli.Commands;
using Segmentation.Cli.Output;
using Segmentation.Privacy;
using Spectre.Console;

namespace Segmentation.Cli.Pseudonyms;

/// <summary>
/// The key's id beside a pseudonymous export: <c>OUT.pseudonym-key-id</c> (written atomically like
/// the export) with <c>algorithm=...</c> and <c>key_id=...</c> lines, and a line on stderr, the only
/// place it goes when the export is standard output or a device.
/// </summary>
internal static class PseudonymKeyIdFile
{
    public const string Suffix = ".pseudonym-key-id";

    /// <summary>
    /// Writes the key id for the export at <paramref name="output"/>; without a pseudonymizer,
    /// deletes a key-id file left by an earlier pseudonymous export to the same path, which would
    /// now describe real ids as pseudonyms.
    /// </summary>
    public static void Write(CliEnvironment environment, string output, bool createDirectories, CustomerIdPseudonymizer? pseudonymizer)
    {
        var file = OutputWriter.IsStandardOutput(output) || FileKinds.Of(environment.Resolve(output)) == FileKind.Special ? null : output + Suffix;
        if (pseudonymizer is null)
        {
            if (file is not null && File.Exists(environment.Resolve(file)))
            {
                Delete(environment.Resolve(file), file);
            }

            return;
        }

        if (file is not null)
        {
            var text = $"algorithm={CustomerIdPseudonymizer.Algorithm}\nkey_id={pseudonymizer.KeyId}\n";
            OutputWriter.Write(environment, file, createDirectories, stream => stream.Write(Encoding.UTF8.GetBytes(text)));
        }

        environment.Error.MarkupLine(file is null
            ? $"Customer ids are pseudonyms: {Markup.Escape(pseudonymizer.ToString())}."
            : $"Customer ids are pseudonyms: {Markup.Escape(pseudonymizer.ToString())} (written to [bold]{Markup.Escape(file)}[/]).");
    }

    private static void Delete(string path, string file)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"Could not remove '{file}', left by an earlier pseudonymous export to the same file ({ex.Message}); delete it, since the new file has real ids.", ex);
        }
    }
}
