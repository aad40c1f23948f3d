//! `vvm`: checks a VVM image, maps it at its link address, registers it with gdb through the
//! JIT interface, and jumps to its entry. Nothing else; the image does the rest.
//!
//! Usage: `vvm [--image PATH] [ARGS...]`. Only a leading `--image` belongs to the shim.

use std::ffi::{CString, OsStr, OsString, c_char, c_void};
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::process::exit;
use std::ptr::{null, null_mut};
use std::sync::{Mutex, MutexGuard};

use vvm_layout::{
    HEADER_OFFSET, HostHooks, IMAGE_BASE, IMAGE_FORMAT_VERSION, IMAGE_HEADER_SIZE, IMAGE_MAGIC,
    ImageHeader, PAGE_SIZE, layout_hash,
};

/// The image's entry stub (see `ImageHeader::entry`).
type Entry =
    extern "sysv64" fn(u64, *const *const c_char, *const *const c_char, *const HostHooks) -> i64;

/// The host functions handed to the image.
static HOOKS: HostHooks = HostHooks { version: 1, gdb_register, gdb_unregister };

fn main() {
    let mut args = std::env::args_os();
    let argv0 = args.next().unwrap_or_else(|| "vvm".into());
    let mut rest: Vec<OsString> = args.collect();
    let path = take_image_arg(&mut rest).unwrap_or_else(default_image);

    let file = File::open(&path).unwrap_or_else(|e| refuse(&path, format!("cannot open: {e}")));
    // The whole file, mapped read-only: the checks read its headers, and gdb reads the symbol
    // file from this memory for as long as the process lives. Mapping (rather than reading)
    // touches only the pages that are read.
    let image = map_whole(&file).unwrap_or_else(|what| refuse(&path, what));
    let (header, segments) = check(image).unwrap_or_else(|what| refuse(&path, what));
    for s in &segments {
        map(&file, s).unwrap_or_else(|what| refuse(&path, what));
    }
    drop(file);
    gdb_register(image.as_ptr(), image.len() as u64);

    let c = |s: OsString| CString::new(s.into_vec()).expect("the OS gives no NUL in args or env");
    let argv: Vec<CString> = std::iter::once(argv0).chain(rest).map(c).collect();
    let envp: Vec<CString> = std::env::vars_os()
        .map(|(k, v)| {
            let mut kv = k;
            kv.push("=");
            kv.push(v);
            c(kv)
        })
        .collect();
    let argv_ptrs: Vec<*const c_char> = argv.iter().map(|s| s.as_ptr()).chain([null()]).collect();
    let envp_ptrs: Vec<*const c_char> = envp.iter().map(|s| s.as_ptr()).chain([null()]).collect();

    // SAFETY: `check` proved the entry lies inside the text segment, which `map` mapped R+X from
    // this image at its link address; an image's entry stub has exactly the `Entry` signature
    // (ImageHeader::entry), and the format version check ties us to that contract.
    let entry =
        unsafe { std::mem::transmute::<*const c_void, Entry>(header.entry as *const c_void) };
    let ret = entry(argv.len() as u64, argv_ptrs.as_ptr(), envp_ptrs.as_ptr(), &HOOKS);
    let _ = io::stdout().flush();
    exit(ret as i32)
}

/// Print `vvm: PATH: WHAT` and exit with status 2.
fn refuse(path: &Path, what: impl std::fmt::Display) -> ! {
    eprintln!("vvm: {}: {what}", path.display());
    exit(2)
}

/// Remove a leading `--image PATH` or `--image=PATH` from `args` and return the path.
fn take_image_arg(args: &mut Vec<OsString>) -> Option<PathBuf> {
    let first = args.first()?.as_bytes();
    if first == b"--image" {
        if args.len() < 2 {
            eprintln!("vvm: --image needs a PATH");
            exit(2);
        }
        args.remove(0);
        Some(args.remove(0).into())
    } else if let Some(p) = first.strip_prefix(b"--image=") {
        let p = PathBuf::from(OsStr::from_bytes(p));
        args.remove(0);
        Some(p)
    } else {
        None
    }
}

/// `$VVM_IMAGE`, else `image/vvm.image` of the repository holding `target/*/vvm`, else that of
/// the source tree this shim was built from.
fn default_image() -> PathBuf {
    if let Some(p) = std::env::var_os("VVM_IMAGE").filter(|p| !p.is_empty()) {
        return p.into();
    }
    let beside_exe = std::env::current_exe()
        .ok()
        .and_then(|e| Some(e.parent()?.parent()?.parent()?.join("image/vvm.image")));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let in_source = manifest.parent().unwrap_or(manifest).join("image/vvm.image");
    if let Some(p) = beside_exe.into_iter().chain([in_source.clone()]).find(|p| p.is_file()) {
        return p;
    }
    eprintln!(
        "vvm: no image at {} (build one with: cargo run -p image-builder)",
        in_source.display()
    );
    exit(2)
}

/// A part of the image to map: `size` bytes at file `offset`, mapped at `addr`.
struct Segment {
    name: &'static str,
    addr: u64,
    size: u64,
    offset: u64,
    prot: libc::c_int,
}

impl Segment {
    /// End of the mapping: `addr + size` rounded up to a page (checked for overflow in `check`).
    fn end(&self) -> u64 {
        self.addr + self.size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    }
}

/// Validate the ELF and VVM headers of `b`; return the header and the segments to map.
fn check(b: &[u8]) -> Result<(ImageHeader, Vec<Segment>), String> {
    let len = b.len() as u64;
    const ELF_MAGIC: &[u8] = b"\x7fELF";
    if !b.starts_with(ELF_MAGIC) {
        return Err(if ELF_MAGIC.starts_with(b) {
            format!("truncated: {len} bytes")
        } else {
            "not an ELF file".into()
        });
    }
    if len < 64 {
        return Err(format!("truncated: {len} bytes"));
    }
    let u16_at = |o: usize| u16::from_le_bytes([b[o], b[o + 1]]);
    let (class, data, ty, machine) = (b[4], b[5], u16_at(16), u16_at(18));
    if class != 2 || data != 1 {
        return Err(format!("not a 64-bit little-endian ELF file (class {class}, data {data})"));
    }
    if machine != 62 {
        return Err(format!("not an x86-64 ELF file (e_machine {machine})"));
    }
    if ty != 2 {
        return Err(format!(
            "not a VVM image: an ELF file of type {ty} (a VVM image is ET_EXEC, type 2)"
        ));
    }
    let header_end = HEADER_OFFSET + IMAGE_HEADER_SIZE as u64;
    if len < header_end {
        return Err(format!("truncated: {len} bytes (the VVM header ends at byte {header_end})"));
    }
    let h = ImageHeader::from_bytes(&b[HEADER_OFFSET as usize..]).expect("length checked above");
    if h.magic != IMAGE_MAGIC {
        return Err(format!("no VVM image header (no \"VVMIMAGE\" at byte {HEADER_OFFSET:#x})"));
    }
    if h.format_version != IMAGE_FORMAT_VERSION {
        return Err(format!(
            "image format version {}, this vvm reads {IMAGE_FORMAT_VERSION}: rebuild the image",
            h.format_version
        ));
    }
    if h.layout_hash != layout_hash() {
        return Err(format!(
            "built with a different object layout (hash {:#010x}, this vvm has {:#010x}): rebuild the image",
            h.layout_hash,
            layout_hash()
        ));
    }
    let (r, x, w) = (libc::PROT_READ, libc::PROT_EXEC, libc::PROT_WRITE);
    let seg = |name, addr, size, offset, prot| Segment { name, addr, size, offset, prot };
    let segments = vec![
        seg("header page", IMAGE_BASE, PAGE_SIZE, 0, r),
        seg("text segment", h.text_addr, h.text_size, h.text_file_offset, r | x),
        seg("heap segment", h.heap_addr, h.heap_size, h.heap_file_offset, r | w),
    ];
    for s in &segments {
        if s.addr % PAGE_SIZE != 0 || s.offset % PAGE_SIZE != 0 {
            return Err(format!(
                "the {} is not page-aligned (address {:#x}, file offset {:#x})",
                s.name, s.addr, s.offset
            ));
        }
        // Every byte of every mapped page then lies in the file or in the page holding EOF,
        // which the kernel zero-fills; so no access can raise SIGBUS.
        match s.offset.checked_add(s.size) {
            Some(end) if end <= len => {}
            Some(end) => {
                return Err(format!(
                    "truncated: the {} ends at byte {end} but the file has {len}",
                    s.name
                ));
            }
            None => return Err(format!("the {} has an impossible size {:#x}", s.name, s.size)),
        }
        if s.addr.checked_add(s.size.div_ceil(PAGE_SIZE) * PAGE_SIZE).is_none_or(|e| e > 1 << 47)
            || s.addr < IMAGE_BASE
        {
            return Err(format!(
                "the {} at {:#x} ({:#x} bytes) lies outside [IMAGE_BASE, 2^47)",
                s.name, s.addr, s.size
            ));
        }
    }
    for (i, a) in segments.iter().enumerate() {
        for bb in &segments[i + 1..] {
            if a.size > 0 && bb.size > 0 && a.addr < bb.end() && bb.addr < a.end() {
                return Err(format!(
                    "the {} [{:#x}, {:#x}) overlaps the {} [{:#x}, {:#x})",
                    a.name,
                    a.addr,
                    a.end(),
                    bb.name,
                    bb.addr,
                    bb.end()
                ));
            }
        }
    }
    if h.entry < h.text_addr || h.entry - h.text_addr >= h.text_size {
        return Err(format!(
            "the entry {:#x} is not inside the text segment [{:#x}, {:#x})",
            h.entry,
            h.text_addr,
            h.text_addr + h.text_size
        ));
    }
    Ok((h, segments))
}

/// Map one checked segment privately from `file` at its address, never replacing a mapping.
/// Map all of `file` read-only, private, anywhere; the mapping lives as long as the process.
fn map_whole(file: &File) -> Result<&'static [u8], String> {
    let meta = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    if meta.is_dir() {
        return Err("cannot read: it is a directory".into());
    }
    let len = meta.len() as usize;
    if len == 0 {
        return Ok(&[]);
    }
    // SAFETY: a fresh private read-only mapping at an address the kernel chooses disturbs no
    // other memory. The slice is valid for the process's life since it is never unmapped.
    // Image files are replaced by rename (image-builder and vvm --build-image write a temporary
    // file first), never rewritten in place, so the mapped bytes do not change under us.
    let p = unsafe {
        libc::mmap(null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0)
    };
    if p == libc::MAP_FAILED {
        return Err(format!("cannot map: {}", io::Error::last_os_error()));
    }
    // SAFETY: the kernel mapped `len` readable bytes at `p`.
    Ok(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
}

fn map(file: &File, s: &Segment) -> Result<(), String> {
    if s.size == 0 {
        return Ok(());
    }
    let len = (s.end() - s.addr) as usize;
    let flags = libc::MAP_PRIVATE | libc::MAP_FIXED_NOREPLACE;
    // SAFETY: MAP_FIXED_NOREPLACE never replaces an existing mapping, so this cannot disturb
    // memory anything else owns; the fd is open, and `check` put the file range inside the file.
    let p = unsafe {
        libc::mmap(
            s.addr as *mut c_void,
            len,
            s.prot,
            flags,
            file.as_raw_fd(),
            s.offset as libc::off_t,
        )
    };
    let range = format!("[{:#x}, {:#x})", s.addr, s.end());
    if p == libc::MAP_FAILED {
        let e = io::Error::last_os_error();
        return Err(if e.raw_os_error() == Some(libc::EEXIST) {
            format!("the address range {range} of the {} is already in use", s.name)
        } else {
            format!("cannot map the {} at {range}: {e}", s.name)
        });
    }
    if p as u64 != s.addr {
        // SAFETY: the kernel (one too old for MAP_FIXED_NOREPLACE) just made this mapping
        // somewhere else; nothing refers to it yet.
        unsafe { libc::munmap(p, len) };
        return Err(format!(
            "the address range {range} of the {} is already in use (mapped at {p:p})",
            s.name
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The GDB JIT interface (gdb manual, "JIT Compilation Interface").
// ---------------------------------------------------------------------------------------------

/// One in-memory symbol file in gdb's list.
#[repr(C)]
pub struct JitCodeEntry {
    /// Next entry, or null.
    pub next_entry: *mut JitCodeEntry,
    /// Previous entry, or null.
    pub prev_entry: *mut JitCodeEntry,
    /// The ELF bytes.
    pub symfile_addr: *const u8,
    /// Their length.
    pub symfile_size: u64,
}

/// The descriptor gdb reads when it stops in `__jit_debug_register_code`.
#[repr(C)]
pub struct JitDescriptor {
    /// Always 1.
    pub version: u32,
    /// `JIT_NOACTION`, `JIT_REGISTER_FN` or `JIT_UNREGISTER_FN`.
    pub action_flag: u32,
    /// The entry the action is about.
    pub relevant_entry: *mut JitCodeEntry,
    /// Head of the list.
    pub first_entry: *mut JitCodeEntry,
}

const JIT_NOACTION: u32 = 0;
const JIT_REGISTER_FN: u32 = 1;
const JIT_UNREGISTER_FN: u32 = 2;

/// gdb finds the descriptor by this name.
#[allow(non_upper_case_globals, reason = "gdb looks it up by this exact name")]
#[unsafe(no_mangle)]
pub static mut __jit_debug_descriptor: JitDescriptor = JitDescriptor {
    version: 1,
    action_flag: JIT_NOACTION,
    relevant_entry: null_mut(),
    first_entry: null_mut(),
};

/// gdb sets a breakpoint here and reads the descriptor when it is hit.
#[unsafe(no_mangle)]
#[inline(never)]
pub extern "C" fn __jit_debug_register_code() {
    // SAFETY: an empty asm block does nothing; being opaque (it may read memory), it keeps the
    // call and the descriptor stores before it from being optimized away.
    unsafe { core::arch::asm!("", options(nostack, preserves_flags)) }
}

/// Serializes every access to `__jit_debug_descriptor` and the list.
static JIT_LOCK: Mutex<()> = Mutex::new(());

fn jit_lock() -> MutexGuard<'static, ()> {
    JIT_LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Tell gdb that `entry` was just linked or unlinked; the guard proves the lock is held.
fn notify(_locked: &MutexGuard<'static, ()>, entry: *mut JitCodeEntry, action: u32) {
    let d = &raw mut __jit_debug_descriptor;
    // SAFETY: `d` points to a static that lives forever; the held lock excludes other writers,
    // and gdb reads it only while the process is stopped.
    unsafe {
        (&raw mut (*d).relevant_entry).write_volatile(entry);
        (&raw mut (*d).action_flag).write_volatile(action);
        __jit_debug_register_code();
        (&raw mut (*d).action_flag).write_volatile(JIT_NOACTION);
        (&raw mut (*d).relevant_entry).write_volatile(null_mut());
    }
}

/// Register `len` bytes of an ELF file at `ptr` with gdb. The caller keeps the bytes alive and
/// unchanged until it passes the returned handle to `gdb_unregister`. Returns 0 for no bytes.
extern "C" fn gdb_register(ptr: *const u8, len: u64) -> u64 {
    if ptr.is_null() || len == 0 {
        return 0;
    }
    let locked = jit_lock();
    let d = &raw mut __jit_debug_descriptor;
    // SAFETY: the static lives forever and the lock is held.
    let first = unsafe { (&raw mut (*d).first_entry).read_volatile() };
    let entry = Box::into_raw(Box::new(JitCodeEntry {
        next_entry: first,
        prev_entry: null_mut(),
        symfile_addr: ptr,
        symfile_size: len,
    }));
    // SAFETY: `first` is null or a live entry boxed here (entries are freed only after being
    // unlinked under the lock, which we hold).
    unsafe {
        if !first.is_null() {
            (&raw mut (*first).prev_entry).write_volatile(entry);
        }
        (&raw mut (*d).first_entry).write_volatile(entry);
    }
    notify(&locked, entry, JIT_REGISTER_FN);
    entry as u64
}

/// Unregister a handle from `gdb_register`; unknown handles (and 0) are ignored.
extern "C" fn gdb_unregister(handle: u64) {
    let locked = jit_lock();
    let d = &raw mut __jit_debug_descriptor;
    // SAFETY: the lock is held; every pointer in the list is a live entry boxed by
    // `gdb_register`, so walking and unlinking it is sound, and `e` is freed only once it is
    // unreachable from the list and gdb has been told.
    unsafe {
        let mut e = (&raw mut (*d).first_entry).read_volatile();
        while !e.is_null() && e as u64 != handle {
            e = (*e).next_entry;
        }
        if e.is_null() {
            return;
        }
        let (prev, next) = ((*e).prev_entry, (*e).next_entry);
        if prev.is_null() {
            (&raw mut (*d).first_entry).write_volatile(next);
        } else {
            (&raw mut (*prev).next_entry).write_volatile(next);
        }
        if !next.is_null() {
            (&raw mut (*next).prev_entry).write_volatile(prev);
        }
        notify(&locked, e, JIT_UNREGISTER_FN);
        drop(Box::from_raw(e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entries on gdb's list, head first, as (handle, symfile_addr).
    fn list() -> Vec<(u64, *const u8)> {
        let _locked = jit_lock();
        let mut out = Vec::new();
        // SAFETY: the lock is held and the list holds only live entries.
        unsafe {
            let mut e = (&raw mut __jit_debug_descriptor.first_entry).read_volatile();
            while !e.is_null() {
                out.push((e as u64, (*e).symfile_addr));
                e = (*e).next_entry;
            }
        }
        out
    }

    #[test]
    fn register_and_unregister_keep_the_list_linked() {
        let bytes = [[0u8; 4]; 3];
        let h: Vec<u64> = bytes.iter().map(|b| gdb_register(b.as_ptr(), 4)).collect();
        assert_eq!(gdb_register(null(), 4), 0);
        assert_eq!(
            list(),
            vec![(h[2], bytes[2].as_ptr()), (h[1], bytes[1].as_ptr()), (h[0], bytes[0].as_ptr())]
        );
        gdb_unregister(h[1]);
        gdb_unregister(12345); // unknown: ignored
        assert_eq!(list(), vec![(h[2], bytes[2].as_ptr()), (h[0], bytes[0].as_ptr())]);
        gdb_unregister(h[2]);
        gdb_unregister(h[0]);
        assert!(list().is_empty());
    }
}
