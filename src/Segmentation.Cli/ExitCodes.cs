namespace Segmentation.Cli;

/// <summary>The process exit codes of <c>segment</c>, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Ok = 0;

    /// <summary>The input data is invalid: a bad CSV row, a missing column, a future date, no rows.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown command or option, bad option value, missing input file.</summary>
    public const int Usage = 2;

    /// <summary>An output file could not be written (disk full, no permission).</summary>
    public const int OutputFailed = 3;

    /// <summary>An unexpected internal error; please report it.</summary>
    public const int InternalError = 70;

    /// <summary>The run was cancelled with Ctrl+C; no output file was left behind.</summary>
    public const int Cancelled = 130;
}
