using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Segmentation.Cli.Input;

/// <summary>
/// A Linux read lease on an open input file: granted only while no process has the file open for
/// writing, and while held, another process that opens it for writing or truncates it waits (up to
/// <c>/proc/sys/fs/lease-break-time</c>, 45 s by default) until the lease is released, or is
/// refused when it opens without blocking (coreutils' <c>truncate</c>). That makes
/// a memory map safe: a file truncated under a map faults the reader (SIGBUS), which no handler
/// can turn into an error. Elsewhere, or when the lease is refused (a writer is active, the file
/// belongs to another user, a network file system), there is no lease and the caller reads the
/// file into memory instead.
/// </summary>
internal sealed class ReadLease : IDisposable
{
    private const int FSetLease = 1024;
    private const int FSetSig = 10;
    private const int FReadLock = 0;
    private const int FUnlock = 2;

    // The kernel signals a lease break; its default signal (SIGIO) would end the process, SIGURG
    // is ignored by default. The break needs no handling: the reader finishes and releases.
    private const int SigUrg = 23;

    private readonly SafeFileHandle _handle;

    private ReadLease(SafeFileHandle handle) => _handle = handle;

    /// <summary>Takes a read lease on <paramref name="handle"/>, or returns null when none can be had.</summary>
    public static ReadLease? TryTake(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() || (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)))
        {
            return null;
        }

        var fd = (int)handle.DangerousGetHandle();
        try
        {
            if (Fcntl(fd, FSetSig, SigUrg) != 0 || Fcntl(fd, FSetLease, FReadLock) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }

        return new ReadLease(handle);
    }

    public void Dispose()
    {
        if (!_handle.IsClosed)
        {
            _ = Fcntl((int)_handle.DangerousGetHandle(), FSetLease, FUnlock);
        }
    }

    // DllImport, not LibraryImport: the signature is blittable. fcntl is variadic; one int argument
    // is passed like a fixed one on x64 and arm64 Linux.
    [DllImport("libc", EntryPoint = "fcntl")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int fd, int command, int argument);
}
