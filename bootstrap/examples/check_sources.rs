//! Compile every file named on the command line and report errors (a development aid).
fn main() {
    for f in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&f).unwrap();
        match bootstrap::pipeline::compile_file(&f, &text, "t") {
            Ok(c) => println!("{f}: {} functions, {} bytes", c.code.len(), c.code.iter().map(|c| c.code.len()).sum::<usize>()),
            Err(e) => println!("{e}"),
        }
    }
}
