//! Measures the cross-compiler's speed: `pipeline::compile_file` over every file of
//! `src-vvm/BUILD-ORDER` (the whole runtime), reported as source lines per second.

use bootstrap::pipeline;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// The runtime's sources in load order: (recorded name, text).
fn runtime_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("src-vvm");
    let order = std::fs::read_to_string(src.join("BUILD-ORDER")).expect("read src-vvm/BUILD-ORDER");
    order
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|rel| {
            let text = std::fs::read_to_string(src.join(rel))
                .unwrap_or_else(|e| panic!("cannot read src-vvm/{rel}: {e}"));
            (format!("src-vvm/{rel}"), text)
        })
        .collect()
}

fn compile_runtime(c: &mut Criterion) {
    let files = runtime_sources();
    let lines: u64 = files.iter().map(|(_, text)| text.lines().count() as u64).sum();
    // Every file is compiled with the macros of the prelude, as image-builder does.
    let (pfile, ptext) =
        files.iter().find(|(f, _)| f.ends_with("syntax/derived.vvm")).expect("the prelude");
    let prelude = pipeline::prelude_macros(pfile, ptext).expect("the prelude expands");
    // Compile once outside the timing, so a broken source fails loudly rather than timing errors.
    let macros = &mut prelude.clone();
    for (file, text) in &files {
        if let Err(e) = pipeline::compile_file(file, text, "bench.toplevel", macros) {
            panic!("{file} does not compile: {e}");
        }
    }
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Elements(lines));
    // Flat sampling: one run is ~50 ms, so linear sampling would overrun the measurement time.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("runtime", |b| {
        b.iter(|| {
            let macros = &mut prelude.clone();
            for (file, text) in &files {
                black_box(pipeline::compile_file(file, text, "bench.toplevel", macros).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, compile_runtime);
criterion_main!(benches);
