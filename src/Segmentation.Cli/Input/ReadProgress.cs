namespace Segmentation.Cli.Input;

/// <summary>A progress report while reading: rows so far and bytes consumed of the file's length.</summary>
internal readonly record struct ReadProgress(long Rows, long Bytes, long TotalBytes);
