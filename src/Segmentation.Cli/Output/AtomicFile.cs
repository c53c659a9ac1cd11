using System.Collections.Concurrent;
using System.Globalization;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes a regular file through a temporary sibling and renames it into place, so a failed or
/// cancelled run never leaves a half-written output (and never clobbers an older good one).
/// </summary>
/// <remarks>
/// The temporary file is named <c>.NAME.segment-PID-RANDOM.tmp</c>: a run killed with SIGKILL
/// cannot delete it, so each write first removes the ones of NAME whose process is gone.
/// </remarks>
internal static class AtomicFile
{
    private const string Marker = ".segment-";
    private static readonly ConcurrentDictionary<string, byte> s_inFlight = new(StringComparer.Ordinal);

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        RemoveStale(directory, name);

        // Same directory, so the final rename is atomic on one file system.
        var temp = Path.Combine(directory, $".{name}{Marker}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp");
        s_inFlight[temp] = 0;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                // Start the disk writing as the bytes come; the fsync below still makes the file durable.
                write(new WritebackStream(stream));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            s_inFlight.TryRemove(temp, out _);
        }
    }

    /// <summary>Deletes the temporary files of writes still running: the signal watchdog calls it before it ends the process.</summary>
    public static void DeleteInFlight()
    {
        foreach (var temp in s_inFlight.Keys)
        {
            TryDelete(temp);
        }
    }

    /// <summary>Whether <paramref name="fileName"/> is a temporary file of this tool for <paramref name="target"/> whose process has ended.</summary>
    internal static bool IsStale(string fileName, string target)
    {
        var prefix = "." + target + Marker;
        if (!fileName.StartsWith(prefix, StringComparison.Ordinal) || !fileName.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = fileName.AsSpan(prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0
            && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && pid != Environment.ProcessId
            && !IsRunning(pid);
    }

    private static void RemoveStale(string directory, string name)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "." + name + Marker + "*.tmp"))
            {
                if (IsStale(Path.GetFileName(file), name))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a folder that cannot be listed fails the write itself with its own message.
        }
    }

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more than a leftover temp file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
