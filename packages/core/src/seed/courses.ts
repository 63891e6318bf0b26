import type { SeedCourse } from "./types";

/** Lima kursus demo dalam Bahasa Indonesia dengan contoh usaha di Bengkulu; isi pelajaran dalam Markdown. */
export const demoCourses: SeedCourse[] = [
  // 1. Berpikir kreatif
  {
    id: "berpikir-kreatif",
    title: "Berpikir Kreatif untuk Pelaku Usaha",
    summary:
      "Latih cara berpikir kreatif yang praktis untuk menemukan peluang baru, memecahkan masalah usaha sehari-hari, dan membuat produk Anda lebih dilirik pembeli.",
    description: `Kreativitas bukan bakat bawaan segelintir orang. Kreativitas adalah kebiasaan yang bisa dilatih, sama seperti kita mencoba resep berulang kali sampai rasanya pas. Kursus ini mengajak Anda, pemilik usaha kecil di Bengkulu, melihat usaha sendiri dengan mata yang baru.

Kita memakai contoh yang dekat dengan keseharian: warung makan yang sepi pada sore hari, penjual kopi Kepahiang yang ingin menjangkau wisatawan, hingga perajin kain besurek yang mencari pembeli baru.

**Apa yang akan Anda pelajari**

- Mengenali hambatan yang membuat ide macet
- Teknik curah gagasan dan peta pikiran yang bisa dilakukan bersama keluarga atau karyawan
- Cara menyaring ide dan memilih yang paling mungkin dijalankan dengan modal yang ada
- Cara menguji ide secara kecil-kecilan sebelum mengeluarkan biaya besar`,
    category: "kreativitas",
    level: "pemula",
    language: "id",
    trainerEmail: "pelatih1@berdaya.test",
    modules: [
      {
        title: "Memahami Kreativitas dalam Usaha",
        summary:
          "Mengenal arti kreativitas yang sebenarnya dan hal-hal yang sering menghambat munculnya ide.",
        lessons: [
          {
            kind: "text",
            title: "Kreativitas Itu Bisa Dilatih",
            durationMinutes: 10,
            body: `Banyak pelaku usaha berkata, "Saya bukan orang kreatif." Padahal, kreativitas dalam usaha tidak sama dengan pandai melukis atau mencipta lagu. Kreativitas usaha adalah kemampuan **menemukan cara baru yang berguna** untuk memecahkan masalah atau memenuhi kebutuhan pembeli.

## Tiga ciri ide kreatif dalam usaha

1. **Baru**, setidaknya bagi pelanggan atau daerah Anda. Tidak harus yang pertama di dunia.
2. **Berguna**, artinya memecahkan masalah nyata pembeli.
3. **Bisa dijalankan** dengan sumber daya yang Anda miliki.

## Contoh: Kopi bubuk dari Kepahiang

Bu Rina menjual kopi bubuk robusta Kepahiang di warung kecilnya. Penjualannya stabil, tetapi tidak bertambah. Ia lalu bertanya kepada dirinya sendiri: "Siapa yang belum membeli kopi saya, dan mengapa?"

Jawabannya ternyata sederhana. Wisatawan yang singgah ingin membeli oleh-oleh, tetapi kemasan 500 gram terlalu besar dan kurang menarik. Bu Rina kemudian membuat kemasan 100 gram dengan label bergambar kebun kopi dan cerita singkat tentang petani Kepahiang. Harganya terjangkau, mudah dibawa, dan pas dijadikan buah tangan.

Perhatikan bahwa Bu Rina tidak menciptakan produk baru. Ia hanya **melihat masalah dari sudut pandang pembeli**.

## Kebiasaan yang melatih kreativitas

- **Bertanya "mengapa" dan "bagaimana kalau"** setiap kali menemui masalah.
- **Mengamati pelanggan**: apa yang mereka keluhkan dan apa yang mereka tanyakan berulang kali.
- **Mencatat ide** di buku kecil atau aplikasi catatan di ponsel, sekecil apa pun idenya.
- **Belajar dari usaha lain**, termasuk usaha yang bidangnya berbeda.

## Latihan singkat

Tuliskan tiga keluhan pelanggan yang paling sering Anda dengar bulan ini. Untuk setiap keluhan, tulis satu pertanyaan yang diawali "Bagaimana kalau...". Simpan catatan ini karena akan kita pakai di modul berikutnya.`,
          },
          {
            kind: "text",
            title: "Mengenali Penghambat Ide",
            durationMinutes: 10,
            body: `Sering kali ide sebenarnya sudah ada, tetapi tertahan oleh kebiasaan dan rasa takut. Mengenali penghambat ini adalah langkah pertama untuk membukanya.

## Lima penghambat yang paling sering muncul

1. **"Dari dulu memang begini."** Kebiasaan lama terasa aman, sehingga kita enggan mencoba cara lain.
2. **Takut gagal dan malu.** Kita khawatir ditertawakan tetangga atau rugi modal.
3. **Terlalu cepat menilai.** Ide baru langsung dipatahkan sebelum sempat dikembangkan: "Ah, mana mungkin laku."
4. **Terlalu sibuk.** Waktu habis untuk urusan harian sehingga tidak ada ruang untuk berpikir.
5. **Merasa kurang modal.** Padahal banyak ide justru lahir dari keterbatasan.

## Contoh: Perajin kain besurek

Pak Darman membuat kain besurek dengan motif kaligrafi dan bunga Rafflesia. Pembelinya kebanyakan instansi yang memesan seragam. Ketika anaknya menyarankan membuat dompet, tas kecil, dan gantungan kunci dari sisa kain, Pak Darman awalnya menolak: "Besurek itu untuk baju, bukan untuk pernak-pernik."

Setelah dicoba, sisa kain yang dulu menumpuk justru laku sebagai suvenir bagi wisatawan di sekitar Benteng Marlborough dan Pantai Panjang. Penghambatnya ternyata bukan modal, melainkan anggapan "dari dulu memang begini".

## Cara mengatasinya

- **Pisahkan waktu mencari ide dan waktu menilai ide.** Saat mengumpulkan ide, tidak ada yang boleh berkata "tidak bisa".
- **Mulai dari percobaan kecil** agar risiko rugi tetap kecil.
- **Sisihkan 15 menit setiap minggu** khusus untuk memikirkan usaha, misalnya setiap Minggu pagi.
- **Libatkan orang lain.** Karyawan, keluarga, atau pelanggan setia sering melihat hal yang luput dari perhatian kita.

## Renungkan

Penghambat mana yang paling sering Anda alami? Tuliskan satu langkah kecil yang akan Anda lakukan minggu ini untuk mengatasinya.`,
          },
        ],
      },
      {
        title: "Teknik Memunculkan Ide",
        summary: "Mempraktikkan curah gagasan dan peta pikiran untuk mengumpulkan ide sebanyak-banyaknya.",
        lessons: [
          {
            kind: "text",
            title: "Curah Gagasan dan Peta Pikiran",
            durationMinutes: 15,
            body: `Dua teknik ini sederhana, murah, dan bisa dilakukan di meja warung bersama keluarga atau karyawan.

## Curah gagasan (brainstorming)

Tujuan curah gagasan adalah **mengumpulkan ide sebanyak-banyaknya** dalam waktu singkat. Aturannya:

1. **Tentukan satu pertanyaan yang jelas**, misalnya "Bagaimana agar warung kita ramai pada pukul 14.00–17.00?"
2. **Pasang batas waktu**, misalnya 15 menit.
3. **Jangan mengkritik** selama sesi berlangsung.
4. **Kejar jumlah**, bukan kesempurnaan. Ide yang terdengar aneh pun dicatat.
5. **Boleh menumpang ide orang lain** lalu mengembangkannya.

## Peta pikiran (mind map)

Peta pikiran membantu melihat hubungan antaride. Caranya:

1. Tulis masalah atau produk di tengah kertas, lalu beri lingkaran.
2. Tarik cabang untuk hal-hal utama: pelanggan, produk, harga, tempat, dan promosi.
3. Dari setiap cabang, tarik ranting berisi ide yang lebih rinci.

## Contoh: Warung makan dekat kampus

Bu Yanti memiliki warung makan di dekat kampus di Kota Bengkulu. Warungnya ramai saat makan siang, tetapi sepi setelah pukul 14.00. Bersama dua karyawannya, ia melakukan curah gagasan selama 15 menit dan mengumpulkan 18 ide, antara lain:

- paket hemat sore untuk mahasiswa: nasi, pendap, dan es teh;
- kopi dan gorengan untuk teman belajar;
- colokan listrik dan Wi-Fi gratis;
- pesanan nasi kotak untuk acara himpunan mahasiswa;
- lauk matang untuk dibawa pulang menjelang magrib.

Ide-ide itu kemudian disusun dalam peta pikiran dengan cabang "produk", "tempat", dan "layanan". Dari situ terlihat bahwa beberapa ide saling mendukung: kopi, gorengan, dan Wi-Fi cocok digabung menjadi "pojok belajar sore".

## Tips

- Gunakan kertas besar atau bagian belakang kalender bekas.
- Tempel catatan di dinding agar mudah dilihat semua orang.
- Simpan semua ide, termasuk yang belum terpakai hari ini. Ide yang belum cocok sekarang bisa berguna bulan depan.`,
          },
          {
            kind: "worksheet",
            title: "Lembar Kerja: Peta Ide Usaha Saya",
            durationMinutes: 20,
            prompt:
              "Pilih satu masalah nyata dalam usaha Anda, lalu lakukan curah gagasan selama 15 menit, sendiri atau bersama keluarga dan karyawan. Isi setiap kolom dengan jujur dan sekonkret mungkin.",
            fields: [
              {
                name: "problemStatement",
                label: "Masalah yang ingin dipecahkan",
                help: "Tulis dalam bentuk pertanyaan 'Bagaimana agar ...?'. Contoh: Bagaimana agar lempuk durian saya lebih banyak dibeli anak muda?",
              },
              {
                name: "targetCustomer",
                label: "Pelanggan yang terdampak",
                help: "Siapa yang mengalami masalah ini? Contoh: wisatawan, pegawai kantor, ibu rumah tangga, atau mahasiswa.",
              },
              {
                name: "ideList",
                label: "Daftar ide (minimal 10)",
                help: "Tulis semua ide tanpa menilainya dulu. Ide yang terdengar aneh pun tetap dicatat.",
              },
              {
                name: "mindMapBranches",
                label: "Cabang peta pikiran",
                help: "Kelompokkan ide ke dalam cabang seperti produk, harga, tempat, promosi, dan layanan.",
              },
              {
                name: "selectedIdea",
                label: "Ide terpilih",
                help: "Pilih satu ide yang paling berguna bagi pelanggan dan paling mungkin dijalankan dengan modal yang ada.",
              },
              {
                name: "reasonForChoice",
                label: "Alasan memilih ide ini",
                help: "Jelaskan manfaatnya bagi pelanggan, perkiraan biayanya, dan siapa yang akan menjalankannya.",
              },
            ],
          },
        ],
      },
      {
        title: "Dari Ide ke Tindakan",
        summary:
          "Menyaring ide, mengujinya secara kecil-kecilan, dan mengukur hasilnya sebelum berinvestasi besar.",
        lessons: [
          {
            kind: "text",
            title: "Menyaring dan Menguji Ide",
            durationMinutes: 12,
            body: `Setelah ide terkumpul, saatnya beralih dari **berpikir menyebar (divergen)** ke **berpikir memusat (konvergen)**. Tujuannya: memilih sedikit ide terbaik, lalu mengujinya dengan biaya kecil.

## Menyaring dengan tiga pertanyaan

Beri nilai 1 sampai 3 untuk setiap ide:

| Pertanyaan | Nilai 1 | Nilai 3 |
|---|---|---|
| Apakah pelanggan membutuhkannya? | Kurang | Sangat |
| Apakah bisa dijalankan dengan modal yang ada? | Sulit | Mudah |
| Apakah menguntungkan? | Belum jelas | Jelas |

Ide dengan nilai total tertinggi diuji lebih dulu.

## Menguji secara kecil-kecilan

Uji coba yang baik itu **singkat, murah, dan terukur**:

1. **Tentukan yang diuji.** Contoh: "Kue tat mini dalam kotak isi enam untuk oleh-oleh."
2. **Tentukan ukuran keberhasilan.** Contoh: "Terjual minimal 20 kotak dalam dua minggu."
3. **Jalankan dengan jumlah terbatas.** Buat 30 kotak saja, jangan langsung 300.
4. **Catat hasilnya**: jumlah terjual, komentar pembeli, dan biaya.
5. **Putuskan**: lanjutkan, perbaiki, atau hentikan.

## Contoh: Kue tat ukuran mini

Bu Siti biasa membuat kue tat nanas khas Bengkulu berukuran besar untuk pesanan hajatan. Ia ingin menjangkau wisatawan, lalu mencoba kue tat mini dalam kotak isi enam. Dalam dua minggu, 26 dari 30 kotak terjual lewat toko oleh-oleh dan status WhatsApp. Pembeli memuji rasanya, tetapi beberapa mengeluh kotaknya mudah penyok saat dibawa naik pesawat.

Keputusan Bu Siti: **lanjutkan dan perbaiki**. Ia mengganti kotak dengan karton yang lebih tebal sebelum memproduksi lebih banyak.

## Ingat

Gagal dalam uji coba kecil bukan kerugian besar, melainkan pelajaran yang murah. Yang mahal adalah langsung memproduksi dalam jumlah besar tanpa tahu apakah pasar menyukainya.`,
          },
          {
            kind: "quiz",
            title: "Kuis: Berpikir Kreatif",
            durationMinutes: 10,
            passMark: 70,
            attemptLimit: 3,
            questions: [
              {
                kind: "single",
                prompt: "Manakah pengertian kreativitas dalam usaha yang paling tepat?",
                options: [
                  "Bakat melukis dan mendesain yang dimiliki sejak lahir",
                  "Kemampuan menemukan cara baru yang berguna untuk memecahkan masalah atau memenuhi kebutuhan pembeli",
                  "Meniru persis produk pesaing yang sedang laris",
                  "Membuat produk semahal mungkin agar terlihat mewah",
                ],
                correct: 1,
                points: 1,
              },
              {
                kind: "truefalse",
                prompt:
                  "Selama sesi curah gagasan, setiap ide sebaiknya langsung dinilai agar waktu tidak terbuang.",
                correct: false,
                points: 1,
              },
              {
                kind: "multiple",
                prompt: "Manakah yang termasuk aturan curah gagasan yang baik? (Pilih semua yang benar)",
                options: [
                  "Menentukan satu pertanyaan yang jelas",
                  "Memasang batas waktu",
                  "Mengkritik ide yang terdengar aneh",
                  "Mengejar jumlah ide sebanyak-banyaknya",
                ],
                correct: [0, 1, 3],
                points: 2,
              },
              {
                kind: "single",
                prompt: "Bu Siti ingin menguji kue tat mini untuk oleh-oleh. Langkah mana yang paling tepat?",
                options: [
                  "Langsung memproduksi 300 kotak agar harga bahan lebih murah",
                  "Membuat 30 kotak, menetapkan target penjualan, lalu mencatat hasil dan komentar pembeli",
                  "Menunggu sampai ada pesanan besar dari hotel",
                  "Hanya meminta pendapat saudara tanpa mencoba menjual",
                ],
                correct: 1,
                points: 2,
              },
              {
                kind: "short",
                prompt:
                  "Teknik menulis masalah di tengah kertas, lalu menarik cabang dan ranting ide di sekelilingnya, disebut peta .... (isi satu kata)",
                accepted: ["pikiran", "peta pikiran", "mind map", "mindmap"],
                points: 1,
              },
              {
                kind: "truefalse",
                prompt: "Ide kreatif dalam usaha harus menjadi yang pertama di dunia.",
                correct: false,
                points: 1,
              },
            ],
          },
        ],
      },
    ],
  },

  // 2. Inovasi produk dengan SCAMPER
  {
    id: "inovasi-produk-scamper",
    title: "Inovasi Produk dengan Metode SCAMPER",
    summary:
      "Gunakan tujuh pertanyaan SCAMPER untuk mengembangkan produk yang sudah ada agar lebih menarik, lebih hemat biaya, dan lebih sesuai dengan kebutuhan pembeli.",
    description: `Inovasi tidak selalu berarti menciptakan produk yang benar-benar baru. Sering kali inovasi yang paling menguntungkan justru berasal dari produk yang sudah Anda jual setiap hari, lalu diubah sedikit demi sedikit dengan cara yang tepat.

SCAMPER adalah daftar tujuh pertanyaan pemicu ide yang disusun oleh Bob Eberle dari daftar periksa Alex Osborn, pencetus teknik curah gagasan. Dalam kursus ini kita menerapkan SCAMPER pada produk khas Bengkulu seperti lempuk durian, ikan asin, kopi Kepahiang, dan batik besurek.

**Apa yang akan Anda pelajari**

- Arti ketujuh huruf SCAMPER beserta contoh penerapannya
- Cara menerapkan SCAMPER pada produk Anda sendiri
- Cara menilai ide inovasi dan menghitung biayanya sebelum diproduksi
- Kesalahan umum saat berinovasi dan cara menghindarinya

Kursus ini berada di tingkat menengah. Sebaiknya Anda sudah mengikuti kursus *Berpikir Kreatif untuk Pelaku Usaha* atau terbiasa melakukan curah gagasan.`,
    category: "inovasi",
    level: "menengah",
    language: "id",
    trainerEmail: "pelatih1@berdaya.test",
    modules: [
      {
        title: "Mengenal SCAMPER",
        summary: "Memahami kapan produk perlu diinovasi dan arti tiga huruf pertama SCAMPER.",
        lessons: [
          {
            kind: "text",
            title: "Kapan Produk Perlu Diinovasi?",
            durationMinutes: 10,
            body: `Produk yang laris hari ini belum tentu tetap laris tahun depan. Selera pembeli berubah, pesaing bertambah, dan harga bahan baku naik turun. Inovasi produk adalah cara menjaga usaha tetap relevan.

## Tanda-tanda produk perlu diinovasi

- **Penjualan stagnan atau menurun** selama beberapa bulan, padahal pasar tidak sedang lesu.
- **Pembeli baru sulit didapat**; yang membeli hanya pelanggan lama.
- **Banyak pesaing menjual produk yang hampir sama**, sehingga persaingan hanya soal harga.
- **Keluhan yang sama terus berulang**, misalnya kemasan bocor atau porsi terlalu besar.
- **Biaya produksi naik** sehingga keuntungan makin tipis.

## Inovasi tidak harus besar

Ada dua jenis inovasi yang perlu dibedakan:

1. **Inovasi bertahap**: perbaikan kecil pada produk yang sudah ada, seperti kemasan baru, ukuran baru, atau rasa baru. Risikonya kecil dan cocok untuk UMKM.
2. **Inovasi radikal**: produk atau cara kerja yang benar-benar baru. Peluangnya besar, tetapi risikonya juga besar.

Sebagian besar UMKM sebaiknya memulai dari inovasi bertahap.

## Contoh: Ikan asin di pasar tradisional

Pak Herman menjual ikan asin di sebuah pasar tradisional di Kota Bengkulu. Pembeli lamanya adalah ibu-ibu yang membeli secara curah. Namun, makin banyak keluarga muda yang enggan membeli ikan asin karena baunya menempel di tas dan tidak praktis diolah.

Pak Herman tidak mengganti produknya. Ia memperbaiki cara penyajiannya: ikan asin dibersihkan, dipotong kecil, lalu dikemas dalam kemasan vakum 250 gram dengan label berisi saran olahan. Produk yang sama kini bisa dijual ke minimarket dan kepada pembeli daring.

## Pertanyaan pemandu

Sebelum masuk ke SCAMPER, jawab tiga pertanyaan ini untuk produk utama Anda:

1. Apa keluhan pembeli yang paling sering Anda dengar?
2. Siapa yang belum membeli produk Anda, dan apa alasannya?
3. Bagian mana dari produk yang paling mahal biayanya?`,
          },
          {
            kind: "text",
            title: "S-C-A: Ganti, Gabungkan, Adaptasi",
            durationMinutes: 15,
            body: `SCAMPER adalah singkatan dari tujuh kata kerja dalam bahasa Inggris. Setiap huruf mewakili satu pertanyaan pemicu ide. Pada pelajaran ini kita membahas tiga huruf pertama.

## S – Substitute (Ganti)

**Pertanyaan:** Bahan, komponen, kemasan, atau cara kerja apa yang bisa diganti?

- Mengganti gula pasir dengan gula aren pada lempuk durian agar rasanya lebih khas.
- Mengganti kantong plastik dengan besek bambu atau kotak kertas untuk oleh-oleh.
- Mengganti pewarna sintetis pada kain besurek dengan pewarna alami.

## C – Combine (Gabungkan)

**Pertanyaan:** Apa yang bisa digabungkan dengan produk, layanan, atau usaha lain?

- Paket oleh-oleh: kopi Kepahiang, lempuk durian, dan kue tat dalam satu kotak.
- Jasa ojek yang sekaligus menerima titipan belanja dari pasar.
- Kerja sama perajin besurek dengan penjahit lokal untuk membuat kemeja siap pakai.

## A – Adapt (Adaptasi)

**Pertanyaan:** Ide apa dari tempat, produk, atau bidang usaha lain yang bisa ditiru lalu disesuaikan?

- Meniru tren kopi susu kekinian di kota besar, tetapi memakai robusta Kepahiang dan gula aren lokal.
- Meniru sistem langganan mingguan ala katering untuk sayur segar dari Curup.
- Meniru kemasan permen untuk lempuk durian: dipotong kecil dan dibungkus satu per satu.

## Contoh lengkap: Lempuk durian

Bu Neni menjual lempuk durian dalam bentuk gulungan besar berbungkus plastik. Dengan tiga huruf pertama SCAMPER, ia mendapatkan ide berikut:

| Huruf | Ide |
|---|---|
| S | Bungkus plastik diganti kotak kertas bergambar bunga Rafflesia |
| C | Digabung dengan kopi Kepahiang menjadi paket "Teman Ngopi" |
| A | Lempuk dipotong seukuran permen dan dibungkus satu per satu |

Tidak semua ide harus dijalankan. Pada tahap ini, tugas Anda hanya **mengumpulkan sebanyak mungkin kemungkinan**. Penilaian dilakukan belakangan.`,
          },
        ],
      },
      {
        title: "Menerapkan SCAMPER",
        summary:
          "Mempelajari huruf M-P-E-R, lalu menerapkan ketujuh pertanyaan SCAMPER pada produk Anda sendiri.",
        lessons: [
          {
            kind: "text",
            title: "M-P-E-R: Ubah, Pakai untuk Hal Lain, Hilangkan, Balik",
            durationMinutes: 15,
            body: `Empat huruf terakhir SCAMPER mendorong kita berani mengubah ukuran, fungsi, bahkan urutan cara kerja.

## M – Modify (Ubah, perbesar, atau perkecil)

**Pertanyaan:** Apa yang bisa diperbesar, diperkecil, atau diubah bentuk, warna, dan ukurannya?

- Kopi Kepahiang dalam saset 20 gram untuk pekerja kantoran.
- Kain besurek ukuran syal atau selendang, bukan hanya lembaran dua meter.

## P – Put to other use (Pakai untuk keperluan lain)

**Pertanyaan:** Siapa lagi yang bisa memakai produk ini, atau untuk apa lagi produk dan sisa produksinya bisa dipakai?

- Ampas kopi diolah menjadi lulur atau pengharum ruangan.
- Sisa potongan kain besurek dijadikan pembatas buku dan sampul buku catatan.

## E – Eliminate (Hilangkan)

**Pertanyaan:** Apa yang bisa dihilangkan atau disederhanakan tanpa mengurangi nilai bagi pembeli?

- Menghapus menu warung makan yang jarang dipesan agar bahan tidak terbuang.
- Menghilangkan antrean: pelanggan memesan lewat WhatsApp dan tinggal mengambil.

## R – Reverse atau Rearrange (Balik atau susun ulang)

**Pertanyaan:** Bagaimana jika urutannya dibalik atau perannya ditukar?

- Pembeli memilih motif besurek sendiri, lalu kain dibuat sesuai pesanan, bukan dibuat dulu baru dicarikan pembeli.
- Warung makan mengumumkan menu besok sejak sore ini, sehingga jumlah masakan bisa disesuaikan dengan pesanan.

## Contoh: Ikan asin Pak Herman

| Huruf | Ide |
|---|---|
| M | Kemasan kecil 100 gram untuk keluarga muda |
| P | Diolah menjadi sambal ikan asin dalam botol untuk oleh-oleh |
| E | Kepala dan duri besar dibuang agar ikan langsung siap dimasak |
| R | Menjual langsung ke pembeli lewat pesanan daring, tidak lagi hanya lewat pengepul |

Dengan tujuh huruf lengkap, Anda kini punya **daftar periksa** yang bisa dipakai kapan saja. Pada lembar kerja berikutnya, terapkan SCAMPER pada produk Anda sendiri.`,
          },
          {
            kind: "worksheet",
            title: "Lembar Kerja SCAMPER untuk Produk Saya",
            durationMinutes: 25,
            prompt:
              "Pilih satu produk utama Anda. Untuk setiap huruf SCAMPER, tuliskan minimal dua ide. Jangan menilai ide dulu; penilaian dilakukan di modul berikutnya.",
            fields: [
              {
                name: "productName",
                label: "Produk yang akan diinovasi",
                help: "Sebutkan produk dan kondisinya saat ini. Contoh: lempuk durian gulungan 500 gram, dijual di toko oleh-oleh.",
              },
              {
                name: "substitute",
                label: "S – Substitute (Ganti)",
                help: "Bahan, kemasan, atau cara kerja apa yang bisa diganti? Contoh: plastik diganti kotak kertas.",
              },
              {
                name: "combine",
                label: "C – Combine (Gabungkan)",
                help: "Produk, layanan, atau mitra apa yang bisa digabungkan? Contoh: paket kopi Kepahiang dan lempuk durian.",
              },
              {
                name: "adapt",
                label: "A – Adapt (Adaptasi)",
                help: "Ide dari usaha, produk, atau daerah lain apa yang bisa ditiru lalu disesuaikan?",
              },
              {
                name: "modify",
                label: "M – Modify (Ubah)",
                help: "Apa yang bisa diperbesar, diperkecil, atau diubah bentuk, rasa, warna, dan ukurannya?",
              },
              {
                name: "putToOtherUse",
                label: "P – Put to Other Use (Pakai untuk keperluan lain)",
                help: "Siapa lagi yang bisa memakai produk ini, atau bagaimana sisa produksi bisa dimanfaatkan?",
              },
              {
                name: "eliminate",
                label: "E – Eliminate (Hilangkan)",
                help: "Bagian, langkah, atau biaya apa yang bisa dihapus tanpa mengurangi nilai bagi pembeli?",
              },
              {
                name: "reverse",
                label: "R – Reverse (Balik atau susun ulang)",
                help: "Bagaimana jika urutan kerja dibalik, misalnya menerima pesanan dulu baru memproduksi?",
              },
              {
                name: "bestIdea",
                label: "Ide paling menjanjikan",
                help: "Dari semua ide di atas, pilih satu yang paling ingin Anda uji dan jelaskan alasannya secara singkat.",
              },
            ],
          },
        ],
      },
      {
        title: "Memilih dan Menguji Inovasi",
        summary:
          "Menilai ide hasil SCAMPER, menghitung biayanya, lalu mengujinya di pasar dalam jumlah kecil.",
        lessons: [
          {
            kind: "text",
            title: "Menilai Ide dan Menghitung Biaya Inovasi",
            durationMinutes: 15,
            body: `SCAMPER biasanya menghasilkan belasan ide. Langkah berikutnya adalah memilih yang paling layak, lalu memastikan ide itu tidak merugikan.

## Langkah 1: Nilai dengan matriks dampak dan usaha

Tempatkan setiap ide pada salah satu dari empat kotak berikut:

| | Usaha dan biaya kecil | Usaha dan biaya besar |
|---|---|---|
| **Dampak besar** | Kerjakan segera | Rencanakan matang |
| **Dampak kecil** | Boleh dicoba | Tinggalkan dulu |

"Dampak" berarti seberapa besar ide itu menambah penjualan, mendatangkan pembeli baru, atau menghemat biaya.

## Langkah 2: Hitung biaya dan harga

Hitung harga pokok produksi (HPP) per unit untuk versi baru, lalu bandingkan dengan harga jual yang masih mau dibayar pembeli.

## Contoh: Lempuk durian potong seukuran permen

Bu Neni menghitung biaya satu kotak isi 20 potong (200 gram):

- Lempuk 200 gram: Rp30.000
- Kertas pembungkus 20 lembar: Rp2.000
- Kotak bergambar dan label: Rp4.500
- Tenaga memotong dan membungkus: Rp3.500
- **HPP per kotak: Rp40.000**

Toko oleh-oleh menjual kotak itu seharga Rp55.000 dan mengambil bagian Rp7.500, sehingga Bu Neni menerima Rp47.500. Keuntungannya Rp7.500 per kotak: layak, tetapi tipis. Ia lalu menawar harga kotak ke percetakan hingga turun menjadi Rp3.000, sehingga keuntungannya naik menjadi Rp9.000 per kotak.

## Langkah 3: Uji dengan jumlah kecil

- Produksi terbatas, misalnya 30 sampai 50 unit.
- Tetapkan target, misalnya 70% terjual dalam dua minggu.
- Kumpulkan komentar pembeli tentang rasa, kemasan, dan harga.

## Kesalahan umum

- **Mengubah terlalu banyak hal sekaligus**, sehingga tidak jelas perubahan mana yang disukai pembeli.
- **Lupa menghitung biaya kemasan** dan tenaga kerja.
- **Meninggalkan produk lama terlalu cepat**, padahal pelanggan setia masih mencarinya.`,
          },
          {
            kind: "quiz",
            title: "Kuis: Inovasi Produk dengan SCAMPER",
            durationMinutes: 10,
            passMark: 70,
            attemptLimit: 3,
            questions: [
              {
                kind: "single",
                prompt: "Huruf E dalam SCAMPER adalah singkatan dari...",
                options: [
                  "Evaluate (menilai)",
                  "Eliminate (menghilangkan)",
                  "Expand (memperluas)",
                  "Export (mengekspor)",
                ],
                correct: 1,
                points: 1,
              },
              {
                kind: "multiple",
                prompt:
                  "Manakah yang merupakan contoh penerapan Combine (Gabungkan)? (Pilih semua yang benar)",
                options: [
                  "Paket oleh-oleh berisi kopi Kepahiang, lempuk durian, dan kue tat",
                  "Kain besurek dibuat dalam ukuran syal",
                  "Jasa ojek yang sekaligus menerima titipan belanja dari pasar",
                  "Ampas kopi diolah menjadi lulur",
                ],
                correct: [0, 2],
                points: 2,
              },
              {
                kind: "truefalse",
                prompt:
                  "Mengolah sisa potongan kain besurek menjadi pembatas buku adalah contoh Put to other use (Pakai untuk keperluan lain).",
                correct: true,
                points: 1,
              },
              {
                kind: "single",
                prompt:
                  "Dalam matriks dampak dan usaha, ide dengan dampak besar dan biaya kecil sebaiknya...",
                options: [
                  "Ditinggalkan dulu",
                  "Dikerjakan segera",
                  "Ditunda sampai tahun depan",
                  "Diberikan kepada pesaing",
                ],
                correct: 1,
                points: 1,
              },
              {
                kind: "short",
                prompt:
                  "HPP lempuk Bu Neni Rp40.000 per kotak. Setelah dipotong bagian toko, ia menerima Rp47.500. Berapa rupiah keuntungannya per kotak? (tulis angkanya saja)",
                accepted: [
                  "7500",
                  "7.500",
                  "rp7.500",
                  "rp 7.500",
                  "rp7500",
                  "rp 7500",
                  "7.500 rupiah",
                  "7500 rupiah",
                ],
                points: 2,
              },
              {
                kind: "truefalse",
                prompt:
                  "Saat menguji inovasi, sebaiknya semua bagian produk diubah sekaligus agar hasilnya terlihat jelas.",
                correct: false,
                points: 1,
              },
            ],
          },
        ],
      },
    ],
  },

  // 3. Business Model Canvas
  {
    id: "business-model-canvas",
    title: "Memetakan Usaha dengan Business Model Canvas",
    summary:
      "Pahami cara kerja usaha Anda secara utuh dalam satu lembar, mulai dari pelanggan dan nilai yang ditawarkan sampai pendapatan dan biaya.",
    description: `Banyak pemilik usaha menyimpan seluruh rencana usahanya di kepala. Akibatnya, usaha sulit dijelaskan kepada bank, calon mitra, bahkan kepada anggota keluarga yang ikut membantu. Business Model Canvas (BMC) membantu Anda menuangkan cara kerja usaha ke dalam satu lembar yang terdiri atas sembilan blok.

BMC dikembangkan oleh Alexander Osterwalder dan Yves Pigneur, dan kini dipakai mulai dari perusahaan besar hingga usaha rumahan. Dalam kursus ini kita memakai contoh yang dekat dengan kita: kedai kopi Kepahiang, perajin batik besurek, dan usaha jasa ojek.

**Apa yang akan Anda pelajari**

- Sembilan blok BMC dan hubungan antarbloknya
- Cara mengisi BMC untuk usaha Anda sendiri
- Cara membaca BMC untuk menemukan titik lemah dan peluang
- Cara memakai BMC saat mengajukan pinjaman atau mencari mitra`,
    category: "inovasi",
    level: "menengah",
    language: "id",
    trainerEmail: "pelatih2@berdaya.test",
    modules: [
      {
        title: "Mengenal Business Model Canvas",
        summary: "Memahami gambaran besar BMC serta empat blok di sisi pelanggan.",
        lessons: [
          {
            kind: "text",
            title: "Apa Itu Business Model Canvas?",
            durationMinutes: 10,
            body: `**Model bisnis** adalah cara sebuah usaha menciptakan nilai bagi pelanggan, menyampaikannya, lalu memperoleh pendapatan dari situ. Business Model Canvas (BMC) adalah alat bantu untuk menggambarkan model bisnis itu dalam **sembilan blok** pada satu lembar kertas.

## Sembilan blok BMC

1. **Segmen Pelanggan** (Customer Segments): siapa yang dilayani.
2. **Proposisi Nilai** (Value Propositions): manfaat apa yang ditawarkan.
3. **Saluran** (Channels): bagaimana produk sampai ke pelanggan.
4. **Hubungan Pelanggan** (Customer Relationships): bagaimana pelanggan didapat dan dijaga.
5. **Arus Pendapatan** (Revenue Streams): dari mana uang masuk.
6. **Sumber Daya Utama** (Key Resources): aset terpenting yang dibutuhkan.
7. **Aktivitas Utama** (Key Activities): pekerjaan terpenting yang harus dilakukan.
8. **Kemitraan Utama** (Key Partnerships): pihak luar yang membantu.
9. **Struktur Biaya** (Cost Structure): biaya terbesar yang dikeluarkan.

## Cara membaca kanvas

Bayangkan kanvas dibagi dua. **Sisi kanan** membahas pelanggan dan pendapatan (blok 1, 3, 4, dan 5). **Sisi kiri** membahas cara usaha bekerja dan biayanya (blok 6 sampai 9). Proposisi nilai berada di tengah sebagai penghubung keduanya.

## Mengapa BMC berguna bagi UMKM?

- **Ringkas**: seluruh usaha terlihat dalam satu lembar.
- **Mudah diubah**: cukup memakai kertas tempel atau pensil.
- **Memudahkan diskusi** dengan keluarga, karyawan, pendamping, atau petugas bank.
- **Membantu melihat celah**, misalnya pelanggan sudah jelas tetapi salurannya belum ada.

## Contoh singkat: Kedai kopi di Kota Bengkulu

Mas Fajar membuka kedai kopi kecil yang memakai biji robusta Kepahiang. Dalam satu kalimat, model bisnisnya adalah: "Menyajikan kopi robusta Kepahiang yang segar dengan harga ramah kantong bagi mahasiswa dan pekerja muda, dijual di kedai dan lewat aplikasi pesan-antar."

Kalimat itu sudah menyentuh tiga blok: segmen pelanggan (mahasiswa dan pekerja muda), proposisi nilai (kopi lokal yang segar dengan harga terjangkau), dan saluran (kedai dan aplikasi pesan-antar). Pada pelajaran berikutnya, kita membedah blok demi blok.`,
          },
          {
            kind: "text",
            title: "Sisi Pelanggan: Segmen, Nilai, Saluran, dan Hubungan",
            durationMinutes: 15,
            body: `Empat blok ini menjawab pertanyaan terpenting: **siapa pelanggan Anda dan mengapa mereka memilih Anda?**

## Empat blok dan pertanyaan kuncinya

1. **Segmen Pelanggan**: siapa saja yang dilayani? Kelompokkan pelanggan berdasarkan kebutuhan yang berbeda, bukan sekadar "semua orang".
2. **Proposisi Nilai**: mengapa mereka memilih Anda dan bukan pesaing? Nilai bisa berbeda untuk setiap segmen.
3. **Saluran**: lewat apa pelanggan mengenal, membeli, dan menerima produk?
4. **Hubungan Pelanggan**: bagaimana Anda mendapatkan pelanggan dan membuatnya kembali membeli?

## Contoh: Bu Ratna, perajin batik besurek

Bu Ratna melayani tiga segmen. Perhatikan bahwa setiap segmen punya nilai, saluran, dan cara menjaga hubungan yang berbeda.

| Segmen | Proposisi nilai | Saluran | Hubungan pelanggan |
|---|---|---|---|
| Instansi dan sekolah | Harga grosir, motif khusus, selesai tepat waktu | Penawaran langsung dan WhatsApp | Layanan pribadi untuk setiap pesanan |
| Wisatawan | Cerita di balik motif kaligrafi dan Rafflesia, kemasan siap dijadikan hadiah | Toko oleh-oleh, hotel, dan stan saat Festival Tabot | Kartu ucapan terima kasih dan info pemesanan ulang |
| Anak muda | Desain modern, ukuran pas, harga terjangkau | Katalog WhatsApp Business dan Instagram | Grup pelanggan setia untuk info motif terbaru |

## Kesalahan yang sering terjadi

- **Segmen terlalu luas.** "Semua orang" bukan segmen. Makin jelas segmennya, makin mudah menentukan nilai dan saluran.
- **Nilai ditulis dari sudut pandang penjual.** "Kain berkualitas" terlalu umum. Tulis manfaat yang dirasakan pembeli, misalnya "warna tidak luntur walau sering dicuci".
- **Saluran tidak cocok dengan segmen.** Wisatawan jarang datang ke rumah produksi di gang sempit; mereka lebih mudah dijangkau lewat toko oleh-oleh dan hotel.

## Latihan

Tuliskan dua segmen pelanggan utama Anda dan satu proposisi nilai untuk masing-masing segmen.`,
          },
        ],
      },
      {
        title: "Melengkapi Kanvas",
        summary: "Mempelajari lima blok di sisi usaha, lalu mengisi kanvas lengkap untuk usaha Anda sendiri.",
        lessons: [
          {
            kind: "text",
            title: "Sisi Usaha: Pendapatan, Sumber Daya, Aktivitas, Mitra, dan Biaya",
            durationMinutes: 15,
            body: `Setelah jelas siapa pelanggannya, lima blok berikutnya menjawab **bagaimana usaha menghasilkan uang dan apa yang dibutuhkan untuk menjalankannya**.

## Lima blok dan pertanyaan kuncinya

5. **Arus Pendapatan**: dari mana saja uang masuk, dan bagaimana cara pembayarannya?
6. **Sumber Daya Utama**: aset apa yang paling penting, baik benda, manusia, maupun yang tidak berwujud seperti nama baik?
7. **Aktivitas Utama**: pekerjaan apa yang harus dikerjakan dengan baik agar nilai sampai ke pelanggan?
8. **Kemitraan Utama**: pihak luar mana yang membantu usaha berjalan?
9. **Struktur Biaya**: biaya apa saja yang paling besar?

## Contoh: Usaha ojek Pak Joni

Pak Joni mengelola usaha jasa ojek dengan enam pengemudi di Kota Bengkulu. Beginilah sisi usaha kanvasnya:

| Blok | Isi kanvas Pak Joni |
|---|---|
| Arus Pendapatan | Ongkos antar penumpang, antar barang, titip belanja dari pasar, dan langganan bulanan antar-jemput anak sekolah |
| Sumber Daya Utama | Sepeda motor yang terawat, pengemudi yang jujur, nomor WhatsApp yang sudah dikenal pelanggan, dan nama baik |
| Aktivitas Utama | Menerima dan membagi pesanan, merawat kendaraan secara rutin, dan menjaga jadwal antar-jemput sekolah |
| Kemitraan Utama | Bengkel langganan dengan harga khusus, warung makan dan apotek pengguna jasa antar, serta sekolah |
| Struktur Biaya | Bensin dan servis, bagi hasil pengemudi, pulsa dan paket data, serta iuran perlindungan kerja pengemudi |

## Hubungan antarblok

Semua blok saling terkait. Ketika Pak Joni menambah layanan antar-jemput sekolah (**arus pendapatan**), ia juga harus menjalin hubungan dengan sekolah (**kemitraan**), menjaga jadwal (**aktivitas**), dan membeli helm anak (**biaya**). Jika satu blok berubah, periksa blok lainnya.

## Tips mengisi

- Gunakan kertas tempel: satu ide untuk satu kertas.
- Tulis singkat, cukup tiga sampai lima poin per blok.
- Isi sisi pelanggan lebih dulu, baru sisi usaha.`,
          },
          {
            kind: "worksheet",
            title: "Lembar Kerja: Business Model Canvas Usaha Saya",
            durationMinutes: 30,
            prompt:
              "Isi sembilan blok Business Model Canvas untuk usaha Anda. Tulis singkat, tiga sampai lima poin per blok, dan mulailah dari segmen pelanggan serta proposisi nilai.",
            fields: [
              {
                name: "customerSegments",
                label: "Segmen Pelanggan",
                help: "Siapa saja pelanggan utama Anda? Kelompokkan menurut kebutuhannya, misalnya wisatawan, instansi, atau mahasiswa.",
              },
              {
                name: "valuePropositions",
                label: "Proposisi Nilai",
                help: "Masalah apa yang Anda selesaikan atau manfaat apa yang Anda berikan untuk setiap segmen?",
              },
              {
                name: "channels",
                label: "Saluran",
                help: "Bagaimana pelanggan mengenal, membeli, dan menerima produk Anda? Contoh: toko, WhatsApp, pasar, atau reseller.",
              },
              {
                name: "customerRelationships",
                label: "Hubungan Pelanggan",
                help: "Bagaimana Anda mendapatkan pelanggan, menjaganya, dan membuatnya kembali membeli?",
              },
              {
                name: "revenueStreams",
                label: "Arus Pendapatan",
                help: "Dari mana saja uang masuk? Sebutkan cara pembayaran dan perkiraan porsi masing-masing sumber.",
              },
              {
                name: "keyResources",
                label: "Sumber Daya Utama",
                help: "Aset terpenting: peralatan, tempat usaha, keterampilan, bahan baku, dan nama baik.",
              },
              {
                name: "keyActivities",
                label: "Aktivitas Utama",
                help: "Pekerjaan terpenting yang harus dilakukan agar proposisi nilai sampai ke pelanggan.",
              },
              {
                name: "keyPartnerships",
                label: "Kemitraan Utama",
                help: "Pemasok, mitra, atau lembaga yang membantu usaha Anda berjalan.",
              },
              {
                name: "costStructure",
                label: "Struktur Biaya",
                help: "Biaya terbesar usaha Anda, baik biaya tetap (sewa, gaji) maupun biaya variabel (bahan baku, kemasan).",
              },
            ],
          },
        ],
      },
      {
        title: "Membaca dan Memperbaiki Model Usaha",
        summary:
          "Memeriksa kanvas untuk menemukan titik lemah dan peluang, lalu memakainya untuk mengambil keputusan.",
        lessons: [
          {
            kind: "text",
            title: "Membaca Kanvas: Menemukan Titik Lemah dan Peluang",
            durationMinutes: 15,
            body: `Kanvas yang sudah terisi bukan sekadar pajangan, melainkan alat untuk berpikir dan mengambil keputusan. Setelah mengisinya, bacalah kanvas Anda dengan pertanyaan pemeriksa berikut.

## Pertanyaan pemeriksa

1. **Apakah setiap segmen punya proposisi nilai sendiri?** Jika tidak, mungkin segmen itu belum benar-benar dilayani.
2. **Apakah setiap segmen punya saluran?** Pelanggan yang tidak terjangkau tidak akan membeli.
3. **Apakah arus pendapatan lebih besar daripada struktur biaya?** Jika tidak, usaha hanya sibuk tetapi tidak untung.
4. **Apakah ada ketergantungan yang berbahaya?** Misalnya hanya punya satu pemasok atau satu pelanggan besar.
5. **Sumber daya mana yang paling sulit digantikan?** Itulah yang paling perlu dijaga.

## Contoh: Kedai kopi Mas Fajar

Saat membaca kanvasnya, Mas Fajar menemukan tiga hal:

- **Titik lemah:** 70% pendapatan berasal dari aplikasi pesan-antar yang memotong komisi cukup besar, sehingga keuntungannya tipis.
- **Ketergantungan:** biji kopi hanya berasal dari satu petani. Saat panen kurang baik, pasokan terganggu.
- **Peluang:** banyak pelanggan menanyakan biji kopi untuk diseduh di rumah, tetapi blok arus pendapatan belum mencantumkannya.

Keputusannya:

1. Memberi potongan harga untuk pembelian langsung di kedai atau lewat WhatsApp.
2. Menjalin kerja sama dengan dua kelompok tani lain di Kepahiang.
3. Menjual biji kopi sangrai kemasan 250 gram sebagai arus pendapatan baru.

## BMC untuk pengajuan pinjaman dan mencari mitra

Saat mengajukan pinjaman usaha, misalnya Kredit Usaha Rakyat (KUR), atau saat menawarkan kerja sama, kanvas membantu Anda menjelaskan usaha secara runtut. Lampirkan kanvas bersama catatan keuangan sederhana agar petugas bank atau calon mitra cepat memahami usaha Anda.

## Perbarui secara berkala

Pasar berubah, begitu pula model bisnis Anda. Tinjau kanvas setidaknya setiap enam bulan, atau setiap kali ada perubahan besar seperti produk baru, pesaing baru, atau kenaikan harga bahan baku.`,
          },
          {
            kind: "quiz",
            title: "Kuis: Business Model Canvas",
            durationMinutes: 10,
            passMark: 70,
            attemptLimit: 3,
            questions: [
              {
                kind: "single",
                prompt:
                  "Blok BMC yang menjawab pertanyaan 'Mengapa pelanggan memilih usaha Anda dan bukan pesaing?' adalah...",
                options: ["Struktur Biaya", "Proposisi Nilai", "Sumber Daya Utama", "Kemitraan Utama"],
                correct: 1,
                points: 1,
              },
              {
                kind: "multiple",
                prompt:
                  "Manakah yang termasuk blok di sisi kiri (sisi usaha) kanvas? (Pilih semua yang benar)",
                options: [
                  "Aktivitas Utama",
                  "Segmen Pelanggan",
                  "Kemitraan Utama",
                  "Struktur Biaya",
                  "Saluran",
                ],
                correct: [0, 2, 3],
                points: 2,
              },
              {
                kind: "truefalse",
                prompt:
                  "Jika arus pendapatan lebih kecil daripada struktur biaya, usaha belum menguntungkan walaupun terlihat sibuk.",
                correct: true,
                points: 1,
              },
              {
                kind: "single",
                prompt:
                  "Bengkel langganan yang memberi harga servis khusus kepada usaha ojek Pak Joni termasuk blok...",
                options: ["Saluran", "Kemitraan Utama", "Segmen Pelanggan", "Arus Pendapatan"],
                correct: 1,
                points: 1,
              },
              {
                kind: "short",
                prompt: "Ada berapa blok dalam Business Model Canvas? (tulis angka atau kata)",
                accepted: ["9", "sembilan", "9 blok", "sembilan blok"],
                points: 1,
              },
              {
                kind: "truefalse",
                prompt: "Segmen pelanggan sebaiknya ditulis 'semua orang' agar pasarnya seluas mungkin.",
                correct: false,
                points: 1,
              },
            ],
          },
        ],
      },
    ],
  },

  // 4. Jualan dengan WhatsApp Business
  {
    id: "jualan-whatsapp-business",
    title: "Jualan Lebih Rapi dengan WhatsApp Business",
    summary:
      "Manfaatkan fitur gratis WhatsApp Business, mulai dari profil, katalog, balasan cepat, label, status, hingga daftar siaran, untuk melayani pembeli dengan cepat dan sopan.",
    description: `Hampir semua pelanggan Anda sudah memakai WhatsApp. Sayangnya, banyak pelaku usaha masih berjualan dari WhatsApp pribadi: foto produk bercampur dengan foto keluarga, pesan pembeli tenggelam di antara obrolan grup, dan pertanyaan yang sama dijawab berulang kali.

WhatsApp Business adalah aplikasi gratis dari WhatsApp yang dirancang untuk usaha kecil. Dalam kursus ini Anda akan menata WhatsApp Business langkah demi langkah, dengan contoh dari penjual kopi Kepahiang, warung makan, dan penjual kue tat.

**Apa yang akan Anda pelajari**

- Menyiapkan profil bisnis yang meyakinkan
- Membuat katalog produk yang rapi dan mudah dibagikan
- Menghemat waktu dengan balasan cepat, pesan otomatis, dan label
- Berpromosi lewat status dan daftar siaran tanpa mengganggu pelanggan
- Etika berjualan lewat chat agar pelanggan betah dan kembali membeli`,
    category: "pemasaran",
    level: "pemula",
    language: "id",
    trainerEmail: "pelatih2@berdaya.test",
    modules: [
      {
        title: "Menyiapkan WhatsApp Business",
        summary: "Memasang aplikasi, melengkapi profil bisnis, dan membuat katalog produk.",
        lessons: [
          {
            kind: "text",
            title: "Dari WhatsApp Pribadi ke WhatsApp Business",
            durationMinutes: 10,
            body: `WhatsApp Business adalah aplikasi gratis yang tampilannya mirip WhatsApp biasa, tetapi dilengkapi alat untuk berjualan. Anda bisa memakai nomor yang sudah ada atau nomor baru khusus usaha.

## Mengapa perlu dipisah?

- **Lebih profesional**: pembeli melihat nama usaha, alamat, dan jam buka.
- **Lebih rapi**: chat pembeli tidak bercampur dengan grup keluarga.
- **Lebih hemat waktu**: tersedia katalog, balasan cepat, label, dan pesan otomatis.

## Langkah memasang

1. Unduh **WhatsApp Business** dari Play Store atau App Store. Pastikan pengembangnya adalah WhatsApp.
2. Daftarkan nomor ponsel. Satu nomor hanya bisa dipakai untuk satu akun, WhatsApp biasa atau WhatsApp Business. Jika memungkinkan, gunakan nomor khusus usaha.
3. Isi **nama usaha** sesuai papan nama atau merek Anda.
4. Pilih **kategori usaha** yang paling sesuai, misalnya makanan dan minuman.

## Melengkapi profil bisnis

Buka pengaturan, lalu cari bagian alat bisnis dan profil bisnis. Nama menu bisa sedikit berbeda menurut versi aplikasi. Isi bagian berikut:

- **Foto profil**: logo atau foto produk andalan yang jelas.
- **Deskripsi**: satu atau dua kalimat tentang usaha Anda.
- **Alamat** lengkap dengan titik lokasi agar mudah ditemukan.
- **Jam buka**.
- **Email, situs web, atau akun media sosial** jika ada.

## Contoh: Kopi Bu Rina

Profil Bu Rina setelah dirapikan:

- **Nama:** Kopi Bu Rina Kepahiang
- **Deskripsi:** "Kopi robusta petik merah dari kebun Kepahiang. Tersedia bubuk dan biji sangrai, kemasan 100 g, 250 g, dan 1 kg. Bisa kirim ke seluruh Indonesia."
- **Jam buka:** Senin–Sabtu, 08.00–17.00
- **Alamat:** lengkap dengan titik lokasi di peta

## Bagikan tautan chat

Setiap nomor WhatsApp punya **tautan chat** berbentuk wa.me/ diikuti kode negara 62 dan nomor Anda tanpa angka nol di depan. Cantumkan tautan ini di kemasan, kartu nama, atau Instagram. Pembeli cukup mengetuknya untuk langsung membuka chat dengan Anda.`,
          },
          {
            kind: "text",
            title: "Membuat Katalog Produk yang Menjual",
            durationMinutes: 15,
            body: `Katalog adalah etalase digital di dalam WhatsApp Business. Pembeli bisa melihat foto, harga, dan keterangan produk tanpa harus bertanya satu per satu.

## Cara menambahkan produk

1. Buka menu **Alat bisnis**, lalu pilih **Katalog**.
2. Ketuk tombol untuk menambah item baru.
3. Unggah foto, lalu isi nama produk, harga, deskripsi, dan kode produk bila perlu.
4. Simpan. Produk dapat dikelompokkan dalam **koleksi**, misalnya "Oleh-oleh" atau "Menu Harian".

## Foto menarik tanpa kamera mahal

- Ambil foto di dekat jendela pada pagi atau sore hari agar cahayanya lembut.
- Gunakan latar polos seperti kain putih atau papan kayu. Selembar kain besurek bisa menjadi aksen khas Bengkulu.
- Tunjukkan ukuran produk, misalnya dengan meletakkan kemasan di samping gelas atau di tangan.
- Pastikan produk di foto sama dengan produk yang dikirim.

## Menulis nama dan deskripsi

Deskripsi yang baik menjawab pertanyaan sebelum pembeli bertanya:

- **Apa** produknya dan **berapa** ukuran atau beratnya.
- **Bahan** dan keunggulannya.
- **Daya tahan** dan cara penyimpanan.
- **Cara pesan** dan **pengiriman**.

## Contoh: Lempuk durian

- **Nama:** Lempuk Durian Asli Bengkulu 250 g
- **Harga:** Rp45.000
- **Deskripsi:** Dibuat dari daging durian lokal dan gula, tanpa pengawet. Simpan dalam wadah tertutup di tempat sejuk. Cocok untuk oleh-oleh. Pesanan yang masuk sebelum pukul 12.00 dikirim pada hari yang sama.

Bandingkan dengan deskripsi yang hanya berbunyi "Lempuk enak, murah". Deskripsi pertama membuat pembeli yakin tanpa perlu bertanya lagi.

## Membagikan katalog

Setiap produk dan katalog memiliki **tautan** yang bisa dikirim ke pembeli, dipasang di status, atau dibagikan di media sosial. Saat pembeli bertanya "Ada apa saja?", cukup kirim tautan katalog.

## Perbarui secara rutin

Sembunyikan atau hapus produk yang sedang habis, dan perbarui harga jika berubah. Katalog yang tidak diperbarui membuat pembeli kecewa.`,
          },
        ],
      },
      {
        title: "Melayani dan Berpromosi dengan Efisien",
        summary:
          "Menata percakapan dengan balasan cepat, pesan otomatis, dan label, lalu berpromosi lewat status dan daftar siaran.",
        lessons: [
          {
            kind: "text",
            title: "Balasan Cepat, Pesan Otomatis, dan Label",
            durationMinutes: 15,
            body: `Saat pesanan sedang ramai, membalas satu per satu bisa memakan waktu berjam-jam. Tiga fitur ini membantu Anda tetap cepat tanpa kehilangan keramahan.

## Balasan cepat

Balasan cepat adalah pesan yang disimpan dengan **pintasan**. Saat Anda mengetik garis miring ( / ) di kolom chat, daftar balasan cepat akan muncul.

Contoh balasan cepat di warung makan Bu Yanti:

| Pintasan | Isi pesan |
|---|---|
| /menu | Menu hari ini: pendap, gulai ikan, dan ayam bakar. Pesan sebelum pukul 10.00 untuk makan siang. |
| /bayar | Pembayaran bisa lewat transfer bank atau QRIS. Mohon kirim bukti bayar di chat ini. |
| /antar | Gratis antar untuk jarak di bawah 2 km. Di atas itu, ongkos antar mengikuti tarif ojek. |
| /terima | Terima kasih, pesanan sudah kami catat. Kami kabari saat pesanan berangkat. |

Tetap sapa pembeli dengan namanya sebelum atau sesudah balasan cepat agar tidak terasa seperti mesin.

## Pesan otomatis

- **Pesan salam** terkirim otomatis ketika pelanggan menghubungi Anda pertama kali atau setelah lama tidak ada percakapan. Contoh: "Halo, terima kasih sudah menghubungi Warung Bu Yanti. Silakan lihat katalog kami; pesanan Anda segera kami balas."
- **Pesan di luar jam kerja** terkirim saat usaha tutup. Contoh: "Warung sedang tutup. Pesan Anda akan kami balas besok mulai pukul 07.00."

## Label

Label adalah penanda berwarna untuk mengelompokkan chat. Contoh label yang berguna:

- Pesanan baru, Menunggu pembayaran, Sudah dibayar, Dikirim, dan Selesai.
- Pelanggan tetap dan Pesanan instansi.

Setiap pagi, buka label "Menunggu pembayaran" untuk mengingatkan pembeli dengan sopan, lalu buka label "Sudah dibayar" untuk menyiapkan pesanan.

## Contoh alur satu pesanan

1. Pembeli mengirim pesan, lalu pesan salam terkirim otomatis.
2. Anda menyapa pembeli dan mengirim /menu.
3. Pembeli memesan; beri label **Pesanan baru**.
4. Anda mengirim /bayar dan mengubah label menjadi **Menunggu pembayaran**.
5. Bukti bayar masuk; ubah label menjadi **Sudah dibayar**, lalu kirim /terima.`,
          },
          {
            kind: "text",
            title: "Promosi lewat Status dan Daftar Siaran",
            durationMinutes: 15,
            body: `Status dan daftar siaran adalah dua cara gratis untuk menjangkau banyak pelanggan sekaligus. Keduanya efektif jika dipakai dengan takaran yang pas.

## Status WhatsApp

Status tampil selama **24 jam**, lalu hilang dengan sendirinya. Umumnya status hanya terlihat oleh kontak yang saling menyimpan nomor dengan Anda, sehingga yang melihat biasanya orang yang sudah mengenal usaha Anda.

Ide konten status:

- **Di balik layar**: proses menyangrai kopi, menjemur ikan asin, atau mencanting kain besurek.
- **Produk hari ini**: menu warung atau stok yang baru datang.
- **Testimoni**: tangkapan layar pujian pembeli, dengan izin dan dengan nama serta nomornya ditutup.
- **Info praktis**: jam buka saat libur, ongkos kirim, atau promo.

Jangan mengunggah terlalu banyak status sekaligus. Tiga sampai lima status sehari biasanya sudah cukup.

## Daftar siaran

Daftar siaran mengirim satu pesan ke banyak kontak sekaligus, tetapi setiap penerima menerimanya sebagai chat pribadi. Yang perlu diingat:

- Pesan hanya sampai kepada kontak yang **sudah menyimpan nomor Anda**.
- Satu daftar siaran dapat berisi hingga 256 kontak. Batas ini bisa berubah sesuai kebijakan WhatsApp.
- Balasan penerima masuk ke chat pribadi, tidak terlihat oleh penerima lain seperti di grup.

## Contoh: Kopi Bu Rina

Bu Rina membuat tiga daftar siaran: **Pelanggan eceran**, **Reseller**, dan **Kedai kopi**. Setiap daftar menerima pesan yang berbeda:

- Eceran: "Kopi panen baru sudah tersedia, kemasan 100 g Rp25.000."
- Reseller: harga grosir dan stok minggu ini.
- Kedai kopi: penawaran biji sangrai 1 kg dan jadwal pengiriman.

Pesan yang sesuai dengan penerimanya terasa bermanfaat, bukan mengganggu.

## Takaran yang wajar

- Kirim pesan siaran cukup satu atau dua kali seminggu.
- Pilih jam yang sopan, misalnya antara pukul 09.00 dan 20.00.
- Sediakan cara berhenti, misalnya "Balas BERHENTI jika tidak ingin menerima info lagi", lalu hormati permintaan itu.`,
          },
        ],
      },
      {
        title: "Etika dan Rencana Jualan",
        summary:
          "Menerapkan etika berjualan lewat chat, menyusun rencana WhatsApp Business, dan menguji pemahaman Anda.",
        lessons: [
          {
            kind: "text",
            title: "Etika Berjualan lewat Chat",
            durationMinutes: 10,
            body: `Pelanggan menilai usaha Anda dari cara Anda membalas chat. Etika yang baik membuat pelanggan merasa dihargai, dan pelanggan yang merasa dihargai akan kembali membeli serta merekomendasikan usaha Anda.

## Tujuh etika dasar

1. **Minta izin sebelum mengirim promosi.** Jangan memasukkan nomor orang ke daftar siaran atau grup tanpa persetujuannya.
2. **Balas dengan cepat dan jujur.** Jika belum bisa memproses pesanan, sampaikan kapan Anda akan membalas.
3. **Gunakan bahasa yang sopan dan jelas.** Sapa dengan "Bapak", "Ibu", atau "Kak", dan hindari singkatan yang membingungkan.
4. **Hormati waktu.** Jangan mengirim promosi larut malam atau pada waktu ibadah.
5. **Jangan menelepon tiba-tiba.** Tanyakan dulu lewat chat apakah pembeli bersedia ditelepon.
6. **Jaga data pelanggan.** Jangan menyebarkan nomor, alamat, atau bukti transfer pembeli.
7. **Tanggapi keluhan dengan tenang.** Akui masalahnya, minta maaf, lalu tawarkan solusi.

## Contoh menanggapi keluhan

Seorang pembeli kue tat mengirim pesan: "Kak, kuenya sampai dalam keadaan hancur."

Balasan yang kurang baik:

> "Itu salah kurirnya, Kak, bukan kami."

Balasan yang baik:

> "Mohon maaf sekali, Kak, atas kejadian ini. Boleh kirimkan foto kuenya? Kami akan mengirim kue pengganti besok pagi tanpa biaya tambahan. Ke depannya kami juga akan memakai kardus yang lebih tebal."

Balasan kedua mengubah pembeli yang kecewa menjadi pelanggan yang percaya.

## Hal yang sebaiknya dihindari

- Mengirim pesan berantai atau promosi yang sama berkali-kali.
- Menjawab pertanyaan harga hanya dengan "cek katalog" tanpa sapaan.
- Mendesak pembeli agar segera membayar.
- Membagikan tangkapan layar chat pembeli tanpa izin.

## Ingat

Setiap chat adalah percakapan dengan manusia, bukan sekadar transaksi. Kecepatan memang penting, tetapi keramahanlah yang membuat pelanggan kembali.`,
          },
          {
            kind: "worksheet",
            title: "Lembar Kerja: Rencana Jualan WhatsApp Business",
            durationMinutes: 20,
            prompt:
              "Susun rencana penggunaan WhatsApp Business untuk usaha Anda selama satu bulan ke depan. Tulis sekonkret mungkin agar rencana ini bisa langsung dijalankan.",
            fields: [
              {
                name: "businessProfile",
                label: "Profil bisnis",
                help: "Tulis nama usaha, deskripsi singkat (satu atau dua kalimat), jam buka, dan alamat yang akan Anda pasang.",
              },
              {
                name: "catalogItems",
                label: "Produk untuk katalog",
                help: "Daftar 5 sampai 10 produk pertama beserta harga dan keterangan singkat. Kelompokkan dalam koleksi jika perlu.",
              },
              {
                name: "quickReplies",
                label: "Balasan cepat",
                help: "Tulis minimal tiga balasan cepat beserta pintasannya, misalnya /menu, /bayar, dan /antar.",
              },
              {
                name: "automatedMessages",
                label: "Pesan salam dan pesan di luar jam kerja",
                help: "Tulis kalimat sapaan otomatis dan pesan yang terkirim saat usaha sedang tutup.",
              },
              {
                name: "chatLabels",
                label: "Label percakapan",
                help: "Tentukan label untuk melacak pesanan, misalnya Pesanan baru, Menunggu pembayaran, Sudah dibayar, dan Dikirim.",
              },
              {
                name: "weeklyStatusPlan",
                label: "Rencana status mingguan",
                help: "Tulis ide konten status dari Senin sampai Minggu, misalnya di balik layar, produk baru, dan testimoni.",
              },
              {
                name: "broadcastLists",
                label: "Daftar siaran",
                help: "Sebutkan kelompok penerima (misalnya eceran dan reseller), isi pesan, dan seberapa sering dikirim. Pastikan penerima sudah memberi izin.",
              },
              {
                name: "etiquetteRules",
                label: "Komitmen etika",
                help: "Tuliskan tiga aturan etika yang akan Anda pegang, misalnya batas jam mengirim promosi dan cara menanggapi keluhan.",
              },
            ],
          },
          {
            kind: "quiz",
            title: "Kuis: Jualan dengan WhatsApp Business",
            durationMinutes: 10,
            passMark: 70,
            attemptLimit: 3,
            questions: [
              {
                kind: "truefalse",
                prompt: "Pesan daftar siaran hanya diterima oleh kontak yang sudah menyimpan nomor Anda.",
                correct: true,
                points: 1,
              },
              {
                kind: "single",
                prompt:
                  "Fitur WhatsApp Business yang paling tepat untuk menandai chat sebagai 'Menunggu pembayaran' atau 'Dikirim' adalah...",
                options: ["Status", "Label", "Katalog", "Daftar siaran"],
                correct: 1,
                points: 1,
              },
              {
                kind: "multiple",
                prompt:
                  "Manakah yang termasuk etika berjualan lewat chat yang baik? (Pilih semua yang benar)",
                options: [
                  "Meminta izin sebelum memasukkan nomor pelanggan ke daftar siaran",
                  "Mengirim promosi pukul 23.00 agar dibaca keesokan paginya",
                  "Menanggapi keluhan dengan meminta maaf dan menawarkan solusi",
                  "Memasang tangkapan layar bukti transfer pembeli di status tanpa izin",
                  "Menjaga kerahasiaan nomor dan alamat pembeli",
                ],
                correct: [0, 2, 4],
                points: 2,
              },
              {
                kind: "short",
                prompt:
                  "Karakter apa yang diketik di kolom chat untuk memunculkan daftar balasan cepat? (tulis karakternya atau namanya)",
                accepted: ["/", "garis miring", "tanda garis miring", "slash", "garis miring (/)"],
                points: 1,
              },
              {
                kind: "single",
                prompt: "Berapa lama status WhatsApp tampil sebelum hilang dengan sendirinya?",
                options: ["6 jam", "12 jam", "24 jam", "7 hari"],
                correct: 2,
                points: 1,
              },
              {
                kind: "truefalse",
                prompt: "Deskripsi produk di katalog sebaiknya hanya berisi harga agar singkat.",
                correct: false,
                points: 1,
              },
            ],
          },
        ],
      },
    ],
  },

  // 5. BPJS Ketenagakerjaan untuk pekerja mandiri
  {
    id: "bpjs-ketenagakerjaan-pekerja-mandiri",
    title: "BPJS Ketenagakerjaan untuk Pekerja Mandiri",
    summary:
      "Kenali perlindungan BPJS Ketenagakerjaan bagi pekerja Bukan Penerima Upah, seperti pedagang, pengemudi ojek, dan perajin, lalu susun langkah mendaftar untuk diri sendiri dan keluarga.",
    description: `Pemilik warung, pengemudi ojek, nelayan, petani kopi, dan perajin kain besurek menghadapi risiko kerja setiap hari: kecelakaan di jalan, tersiram minyak panas, atau terjatuh saat memanen. Tanpa perlindungan, satu kejadian bisa menghabiskan tabungan dan modal usaha yang dikumpulkan bertahun-tahun.

BPJS Ketenagakerjaan menyediakan perlindungan bagi pekerja mandiri melalui kepesertaan **Bukan Penerima Upah (BPU)**. Iurannya terjangkau dan dibayar setiap bulan.

**Apa yang akan Anda pelajari**

- Siapa saja yang termasuk peserta Bukan Penerima Upah
- Manfaat Jaminan Kecelakaan Kerja (JKK), Jaminan Kematian (JKM), dan Jaminan Hari Tua (JHT)
- Cara mendaftar dan membayar iuran
- Cara menjaga kepesertaan tetap aktif dan mengajukan klaim

Catatan: besaran iuran dan manfaat mengikuti peraturan yang berlaku dan dapat berubah. Selalu periksa informasi terbaru melalui kanal resmi BPJS Ketenagakerjaan.`,
    category: "perlindungan-pekerja",
    level: "pemula",
    language: "id",
    trainerEmail: "pelatih1@berdaya.test",
    modules: [
      {
        title: "Mengenal Perlindungan bagi Pekerja Mandiri",
        summary:
          "Memahami risiko kerja sehari-hari serta program yang dapat diikuti peserta Bukan Penerima Upah.",
        lessons: [
          {
            kind: "text",
            title: "Mengapa Pekerja Mandiri Perlu Perlindungan?",
            durationMinutes: 10,
            body: `Pekerja mandiri adalah orang yang bekerja atau berusaha sendiri tanpa menerima upah dari pemberi kerja. Di Bengkulu contohnya sangat banyak: pedagang pasar, pemilik warung makan, pengemudi ojek, nelayan, petani kopi di Kepahiang, perajin kain besurek, hingga pembuat kue tat rumahan.

## Risiko yang dekat dengan keseharian

- Pengemudi ojek terjatuh di jalan licin saat hujan.
- Pemilik warung tersiram minyak panas di dapur.
- Petani kopi tergelincir di kebun yang curam atau terluka parang.
- Nelayan mengalami kecelakaan saat melaut.

Pekerja kantoran biasanya didaftarkan dalam program perlindungan oleh pemberi kerjanya. Pekerja mandiri harus **mengurus perlindungannya sendiri**.

## Contoh: Pak Anton, pengemudi ojek

Setiap hari Pak Anton mengantar penumpang dari Pasar Minggu ke kawasan kampus. Suatu sore ia terserempet mobil dan kakinya patah. Ia harus dirawat di rumah sakit dan tidak bisa bekerja selama dua bulan.

Tanpa perlindungan, biaya pengobatan dan kebutuhan keluarga selama dua bulan itu harus ditanggung dari tabungan, bahkan mungkin dengan menjual sepeda motornya. Jika Pak Anton terdaftar sebagai peserta BPJS Ketenagakerjaan dengan iuran yang aktif, biaya pengobatan akibat kecelakaan kerja ditanggung sesuai ketentuan, dan ia juga berhak atas santunan selama tidak mampu bekerja.

## Bukan Penerima Upah (BPU)

BPJS Ketenagakerjaan menyebut pekerja mandiri sebagai peserta **Bukan Penerima Upah (BPU)**. Peserta BPU mendaftar dan membayar iuran sendiri, atau melalui wadah seperti asosiasi, koperasi, dan paguyuban.

## Jangan tertukar

- **BPJS Kesehatan** menjamin biaya berobat untuk sakit sehari-hari melalui program Jaminan Kesehatan Nasional (JKN).
- **BPJS Ketenagakerjaan** melindungi risiko yang berkaitan dengan pekerjaan, kematian, dan hari tua.

Keduanya berbeda dan saling melengkapi. Idealnya, pekerja mandiri memiliki keduanya.`,
          },
          {
            kind: "text",
            title: "Program JKK, JKM, dan JHT",
            durationMinutes: 15,
            body: `Peserta Bukan Penerima Upah dapat mengikuti tiga program. Dua program pertama merupakan paket dasar, sedangkan program ketiga bersifat pilihan.

## 1. Jaminan Kecelakaan Kerja (JKK)

Melindungi peserta dari risiko kecelakaan saat bekerja, termasuk dalam perjalanan dari rumah ke tempat kerja dan sebaliknya, serta dari penyakit akibat kerja. Manfaatnya antara lain:

- **Perawatan dan pengobatan** sesuai kebutuhan medis di fasilitas kesehatan yang bekerja sama dengan BPJS Ketenagakerjaan.
- **Santunan pengganti penghasilan** selama peserta tidak mampu bekerja.
- **Santunan cacat** jika kecelakaan menyebabkan cacat.
- **Santunan kematian** dan **beasiswa pendidikan anak** jika peserta meninggal dunia akibat kecelakaan kerja, sesuai ketentuan.

## 2. Jaminan Kematian (JKM)

Memberikan santunan tunai kepada ahli waris jika peserta meninggal dunia **bukan karena kecelakaan kerja**, misalnya karena sakit. Manfaatnya meliputi santunan bagi keluarga dan biaya pemakaman. Setelah masa iuran tertentu terpenuhi, ada pula beasiswa pendidikan bagi anak.

## 3. Jaminan Hari Tua (JHT)

Berfungsi seperti tabungan jangka panjang. Iuran yang Anda setorkan dikembangkan, lalu dapat dicairkan sesuai ketentuan, misalnya ketika memasuki usia pensiun, mengalami cacat total tetap, atau meninggal dunia.

## Paket mana yang cocok?

| Kebutuhan | Program |
|---|---|
| Perlindungan dasar dengan iuran paling ringan | JKK + JKM |
| Perlindungan dasar sekaligus menabung untuk hari tua | JKK + JKM + JHT |

## Contoh: Bu Sari, perajin kain besurek

Setiap hari Bu Sari bekerja dengan malam (lilin batik) panas dan bahan pewarna. Ia memilih **JKK + JKM** agar terlindungi dari kecelakaan kerja dan agar keluarganya menerima santunan jika terjadi musibah. Setelah usahanya lebih stabil, ia berencana menambah **JHT** sebagai tabungan masa tua, karena ia tidak memiliki dana pensiun dari kantor.

## Catatan penting

Besaran manfaat diatur dalam peraturan pemerintah dan dapat berubah. Periksa rincian terbaru melalui kanal resmi BPJS Ketenagakerjaan sebelum mendaftar.`,
          },
        ],
      },
      {
        title: "Mendaftar dan Membayar Iuran",
        summary: "Mengetahui gambaran iuran, langkah mendaftar, dan cara menyusun rencana pendaftaran.",
        lessons: [
          {
            kind: "text",
            title: "Iuran: Berapa yang Perlu Dibayar?",
            durationMinutes: 12,
            body: `Iuran peserta Bukan Penerima Upah dihitung dari **penghasilan yang Anda laporkan** saat mendaftar. Makin tinggi penghasilan yang dilaporkan, makin besar iuran JKK dan JHT, begitu pula sebagian manfaatnya. Iuran JKM berupa nominal tetap.

## Gambaran besaran iuran

- **JKK + JKM**: mulai dari sekitar **Rp16.800 per bulan** untuk golongan penghasilan terendah.
- **JHT** (pilihan): dihitung sebagai persentase dari penghasilan yang dilaporkan.

Angka di atas adalah gambaran berdasarkan ketentuan yang berlaku saat materi ini disusun. **Besaran iuran dapat berubah**, jadi selalu periksa angka terbaru melalui aplikasi JMO, situs resmi bpjsketenagakerjaan.go.id, layanan masyarakat 175, atau kantor cabang BPJS Ketenagakerjaan terdekat.

## Contoh perhitungan: Bu Yanti, pemilik warung makan

Bu Yanti memilih paket JKK + JKM dengan iuran terendah.

- Iuran per bulan: sekitar Rp16.800
- Iuran per tahun: 12 × Rp16.800 = **Rp201.600**
- Iuran per hari: kurang dari Rp600

Artinya, perlindungan dasarnya lebih murah daripada sepotong gorengan per hari. Sebaliknya, biaya perawatan akibat kecelakaan kerja bisa mencapai jutaan hingga puluhan juta rupiah.

## Tips agar iuran tidak terlupa

- **Masukkan iuran ke dalam anggaran usaha**, sama seperti membayar listrik.
- **Bayar beberapa bulan sekaligus** jika pilihan itu tersedia, misalnya saat penjualan sedang ramai menjelang Lebaran atau pada musim durian.
- **Pasang pengingat di ponsel** beberapa hari sebelum jatuh tempo.
- **Pastikan nominal yang dibayar sesuai** dengan yang tertera di aplikasi JMO atau tagihan resmi.

## Waspada penipuan

Bayar iuran hanya melalui kanal pembayaran resmi yang tercantum di aplikasi atau situs BPJS Ketenagakerjaan. Jangan mentransfer iuran ke rekening pribadi siapa pun, termasuk orang yang mengaku sebagai petugas.`,
          },
          {
            kind: "text",
            title: "Langkah Mendaftar",
            durationMinutes: 12,
            body: `Pendaftaran peserta Bukan Penerima Upah bisa dilakukan sendiri lewat ponsel atau dengan bantuan petugas.

## Persiapan

- **KTP elektronik** dengan NIK yang aktif.
- **Nomor ponsel aktif** dan, jika ada, **alamat email**.
- **Data pekerjaan**: jenis usaha, lokasi usaha, dan perkiraan penghasilan per bulan.
- **Data ahli waris**, misalnya suami, istri, atau anak.

## Pilihan cara mendaftar

1. **Aplikasi JMO (Jamsostek Mobile)**: unduh dari Play Store atau App Store, buat akun, lalu ikuti menu pendaftaran peserta. Nama menu bisa berubah sesuai versi aplikasi.
2. **Situs resmi** bpjsketenagakerjaan.go.id.
3. **Kantor cabang BPJS Ketenagakerjaan**: datang langsung dengan membawa KTP, dan petugas akan membantu.
4. **Melalui wadah atau mitra resmi**, seperti asosiasi, koperasi, atau agen resmi BPJS Ketenagakerjaan. Cara ini memudahkan pendaftaran bersama-sama.

## Langkah umum

1. Isi data diri sesuai KTP.
2. Pilih jenis pekerjaan dan lokasi usaha.
3. Laporkan perkiraan penghasilan per bulan dengan jujur.
4. Pilih program: JKK + JKM, atau JKK + JKM + JHT.
5. Bayar iuran pertama melalui kanal pembayaran resmi.
6. Simpan **kartu peserta digital** dan nomor kepesertaan Anda.

Perlindungan baru berjalan setelah iuran dibayar. Periksa status kepesertaan Anda di aplikasi JMO.

## Contoh: Mendaftar bersama lewat paguyuban

Paguyuban pedagang di sebuah pasar di Kota Bengkulu mengumpulkan data 25 anggotanya yang bersedia mendaftar, lengkap dengan persetujuan masing-masing. Pengurus lalu menghubungi kantor cabang BPJS Ketenagakerjaan untuk mengatur jadwal pendaftaran bersama. Dalam satu hari semua anggota terdaftar, dan setiap pedagang menyimpan kartu pesertanya sendiri.

## Tips

- Pastikan ejaan nama dan NIK sama persis dengan KTP agar klaim tidak terhambat.
- Beri tahu keluarga bahwa Anda sudah terdaftar dan di mana kartu peserta disimpan.
- Jika Anda mempekerjakan karyawan yang menerima upah, tanyakan skema yang tepat ke kantor cabang, karena karyawan penerima upah pada dasarnya didaftarkan oleh pemberi kerja.`,
          },
          {
            kind: "worksheet",
            title: "Lembar Kerja: Rencana Pendaftaran BPJS Ketenagakerjaan",
            durationMinutes: 15,
            prompt:
              "Susun rencana pendaftaran untuk diri Anda dan, jika perlu, anggota keluarga yang ikut bekerja di usaha Anda. Periksa besaran iuran terbaru di kanal resmi BPJS Ketenagakerjaan sebelum mengisi anggaran.",
            fields: [
              {
                name: "participants",
                label: "Siapa yang akan didaftarkan",
                help: "Tulis nama dan pekerjaan setiap orang. Contoh: diri sendiri (pemilik warung) dan istri (membantu memasak).",
              },
              {
                name: "workRisks",
                label: "Risiko kerja yang dihadapi",
                help: "Sebutkan risiko nyata dalam pekerjaan sehari-hari, misalnya kecelakaan di jalan, luka bakar di dapur, atau jatuh di kebun.",
              },
              {
                name: "chosenPrograms",
                label: "Program yang dipilih",
                help: "JKK + JKM sebagai perlindungan dasar, atau ditambah JHT untuk tabungan hari tua. Jelaskan alasan pilihan Anda.",
              },
              {
                name: "reportedIncome",
                label: "Penghasilan per bulan yang akan dilaporkan",
                help: "Perkirakan penghasilan bersih rata-rata per bulan dengan jujur. Angka ini menjadi dasar perhitungan iuran.",
              },
              {
                name: "monthlyContribution",
                label: "Perkiraan iuran per bulan",
                help: "Hitung total iuran semua orang yang didaftarkan. JKK + JKM mulai sekitar Rp16.800 per orang per bulan; pastikan angka terbaru di aplikasi JMO atau situs resmi.",
              },
              {
                name: "registrationChannel",
                label: "Cara dan tanggal mendaftar",
                help: "Pilih aplikasi JMO, situs resmi, kantor cabang, atau wadah resmi seperti asosiasi, lalu tulis tanggal rencana mendaftar.",
              },
              {
                name: "paymentPlan",
                label: "Rencana pembayaran iuran",
                help: "Kanal pembayaran resmi yang akan dipakai, tanggal membayar setiap bulan, dan pengingat yang akan dipasang.",
              },
              {
                name: "beneficiaries",
                label: "Ahli waris dan penyimpanan dokumen",
                help: "Siapa ahli waris Anda, dan di mana kartu peserta serta dokumen penting disimpan agar keluarga mudah menemukannya.",
              },
            ],
          },
        ],
      },
      {
        title: "Menjaga Kepesertaan dan Mengajukan Klaim",
        summary: "Menjaga kepesertaan tetap aktif, memahami langkah klaim, dan menguji pemahaman Anda.",
        lessons: [
          {
            kind: "text",
            title: "Menjaga Kepesertaan dan Mengajukan Klaim",
            durationMinutes: 12,
            body: `Terdaftar saja belum cukup. Perlindungan hanya bermanfaat jika kepesertaan **tetap aktif** dan Anda tahu apa yang harus dilakukan saat musibah terjadi.

## Menjaga kepesertaan tetap aktif

- **Bayar iuran tepat waktu setiap bulan.** Jika iuran menunggak, perlindungan dapat terhenti, dan klaim atas kejadian selama masa tunggakan bisa tidak dibayarkan.
- **Periksa status kepesertaan** secara berkala di aplikasi JMO.
- **Perbarui data** jika nomor ponsel, alamat, ahli waris, atau pekerjaan berubah.
- **Sesuaikan penghasilan yang dilaporkan** ketika usaha berkembang.

## Jika terjadi kecelakaan kerja (JKK)

1. **Utamakan pertolongan.** Bawa korban ke fasilitas kesehatan terdekat, sebaiknya yang bekerja sama dengan BPJS Ketenagakerjaan.
2. **Tunjukkan kartu peserta**, termasuk kartu digital di aplikasi JMO, dan sampaikan bahwa kejadian ini adalah kecelakaan kerja.
3. **Laporkan kejadian secepatnya** ke BPJS Ketenagakerjaan melalui kantor cabang atau kanal resmi lainnya.
4. **Siapkan dokumen**: KTP, kartu peserta, kronologi kejadian, dan dokumen pendukung seperti surat keterangan kepolisian untuk kecelakaan lalu lintas.

## Klaim Jaminan Kematian (JKM)

Ahli waris mengajukan klaim dengan dokumen seperti kartu peserta, akta kematian, Kartu Keluarga, dan KTP ahli waris. Karena itu, pastikan keluarga tahu bahwa Anda terdaftar.

## Contoh: Klaim Pak Anton

Setelah terserempet mobil saat mengantar penumpang, Pak Anton dibawa ke rumah sakit yang bekerja sama dengan BPJS Ketenagakerjaan. Istrinya menunjukkan kartu digital di aplikasi JMO dan meminta surat keterangan kecelakaan dari polisi. Karena iurannya selalu dibayar tepat waktu, biaya perawatan ditanggung sesuai ketentuan, dan Pak Anton menerima santunan selama belum bisa kembali mengojek.

## Sumber informasi resmi

Persyaratan klaim dapat berubah. Gunakan hanya kanal resmi: aplikasi JMO, situs bpjsketenagakerjaan.go.id, layanan masyarakat 175, dan kantor cabang BPJS Ketenagakerjaan. Pengajuan klaim tidak dipungut biaya, jadi jangan gunakan jasa calo.`,
          },
          {
            kind: "quiz",
            title: "Kuis: BPJS Ketenagakerjaan untuk Pekerja Mandiri",
            durationMinutes: 10,
            passMark: 70,
            attemptLimit: 3,
            questions: [
              {
                kind: "multiple",
                prompt:
                  "Program BPJS Ketenagakerjaan apa saja yang dapat diikuti peserta Bukan Penerima Upah? (Pilih semua yang benar)",
                options: [
                  "Jaminan Kecelakaan Kerja (JKK)",
                  "Jaminan Kematian (JKM)",
                  "Jaminan Hari Tua (JHT)",
                  "Jaminan Kesehatan Nasional (JKN)",
                ],
                correct: [0, 1, 2],
                points: 2,
              },
              {
                kind: "single",
                prompt:
                  "Pak Anton terjatuh dari motor saat mengantar penumpang. Program yang menanggung biaya pengobatannya adalah...",
                options: [
                  "Jaminan Hari Tua (JHT)",
                  "Jaminan Kematian (JKM)",
                  "Jaminan Kecelakaan Kerja (JKK)",
                  "Tidak ada, karena ia bukan karyawan",
                ],
                correct: 2,
                points: 1,
              },
              {
                kind: "truefalse",
                prompt:
                  "Besaran iuran BPJS Ketenagakerjaan tidak pernah berubah, sehingga tidak perlu diperiksa lagi di kanal resmi.",
                correct: false,
                points: 1,
              },
              {
                kind: "single",
                prompt: "Iuran paket JKK + JKM bagi peserta Bukan Penerima Upah dimulai dari sekitar...",
                options: [
                  "Rp1.680 per bulan",
                  "Rp16.800 per bulan",
                  "Rp168.000 per bulan",
                  "Rp16.800 per tahun",
                ],
                correct: 1,
                points: 1,
              },
              {
                kind: "short",
                prompt:
                  "Apa nama aplikasi resmi BPJS Ketenagakerjaan untuk mendaftar, melihat kartu peserta digital, dan memeriksa status kepesertaan?",
                accepted: ["jmo", "jamsostek mobile", "aplikasi jmo", "jmo (jamsostek mobile)"],
                points: 1,
              },
              {
                kind: "truefalse",
                prompt: "Petugas resmi boleh meminta iuran ditransfer ke rekening pribadinya.",
                correct: false,
                points: 1,
              },
            ],
          },
        ],
      },
    ],
  },
];
