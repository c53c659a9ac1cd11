using Segmentation.Cli.Input;
using Segmentation.Privacy;
using Spectre.Console;

namespace Segmentation.Cli.Pseudonyms;

/// <summary>
/// <c>--pseudonymize-key-file</c> and <c>--pseudonymize-key-env</c>: the key is read through the
/// library from a file or from <see cref="KeyVariable"/>, never from the command line, and no
/// message shows it.
/// </summary>
internal static class PseudonymOptions
{
    /// <summary>The environment variable <c>--pseudonymize-key-env</c> reads.</summary>
    public const string KeyVariable = "SEGMENT_PSEUDONYM_KEY";

    public const string KeyFileHelp = "Replace every customer id of --out with its keyed pseudonym (HMAC-SHA256, 32 hex digits; rows ordered by pseudonym), the key read from this file (hex, base64 or 32+ raw bytes; make one with: openssl rand -hex 32). The key's id is written to OUT.pseudonym-key-id.";

    public const string KeyEnvHelp = "As --pseudonymize-key-file, with the key (hex or base64) read from the environment variable " + KeyVariable + ". The key is never taken from the command line.";

    /// <summary>Checks the two options against each other and the output; a key itself is read in <see cref="Load"/>.</summary>
    public static ValidationResult Validate(IPseudonymSettings settings)
    {
        if (settings.PseudonymizeKeyFile is not null && settings.PseudonymizeKeyEnv)
        {
            return ValidationResult.Error("Pass either --pseudonymize-key-file or --pseudonymize-key-env, not both: one key makes one set of pseudonyms.");
        }

        if ((settings.PseudonymizeKeyFile is not null || settings.PseudonymizeKeyEnv) && settings.Out is null)
        {
            return ValidationResult.Error("--pseudonymize-key-file and --pseudonymize-key-env replace the ids of the --out file; pass --out too (the summary shows no ids).");
        }

        return settings.PseudonymizeKeyFile is { Length: 0 }
            ? ValidationResult.Error("--pseudonymize-key-file needs a file name.")
            : ValidationResult.Success();
    }

    /// <summary>The pseudonymizer the options ask for, or null; a key that cannot be used is a usage error naming the option.</summary>
    public static CustomerIdPseudonymizer? Load(CliEnvironment environment, IPseudonymSettings settings)
    {
        try
        {
            if (settings.PseudonymizeKeyFile is { } file)
            {
                return CustomerIdPseudonymizer.Load(InputFiles.Existing(environment, file, "--pseudonymize-key-file"));
            }

            return settings.PseudonymizeKeyEnv
                ? CustomerIdPseudonymizer.Parse(environment.EnvironmentVariable(KeyVariable), "the environment variable " + KeyVariable)
                : null;
        }
        catch (SegmentationException ex)
        {
            var option = settings.PseudonymizeKeyFile is null ? "--pseudonymize-key-env" : "--pseudonymize-key-file";
            throw new UsageException($"{option}: {ex.Message}", ex);
        }
    }
}
