namespace Segmentation.Cli.Pseudonyms;

/// <summary>
/// The options of a command that writes customer ids (<c>rfm</c>, <c>types</c>, <c>predict</c>,
/// <c>evaluate</c>): where the pseudonym key comes from, and the output it applies to. Each
/// settings class declares the two options with <see cref="PseudonymOptions"/>' help texts.
/// </summary>
internal interface IPseudonymSettings
{
    /// <summary>Gets the key file of <c>--pseudonymize-key-file</c>, or null.</summary>
    string? PseudonymizeKeyFile { get; }

    /// <summary>Gets whether <c>--pseudonymize-key-env</c> asks for the key in <see cref="PseudonymOptions.KeyVariable"/>.</summary>
    bool PseudonymizeKeyEnv { get; }

    /// <summary>Gets the output whose ids are replaced.</summary>
    string? Out { get; }
}
